import { type Resource, routes } from '../core/wire/routes';
import type { EmulatorFault } from './types';

const MAX_DELAY_MS = 120_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function positiveInteger(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= max ? value : undefined;
}

/**
 * Reads `{ kind, times?, delayMs?, retryAfterSeconds? }` sent to `POST /__emulator/faults`, or returns an
 * error sentence for the caller.
 */
export function parseFault(body: unknown): { fault: EmulatorFault; times: number } | { error: string } {
  if (!isRecord(body)) return { error: 'The body must be a JSON object.' };
  const times = body.times === undefined ? 1 : positiveInteger(body.times, 1000);
  if (times === undefined) return { error: 'times must be an integer from 1 to 1000.' };
  if (body.route !== undefined && !(typeof body.route === 'string' && Object.hasOwn(routes, body.route))) {
    return { error: `route must be one of ${Object.keys(routes).join(', ')}.` };
  }
  const parsed = parseKind(body, times);
  if ('error' in parsed || body.route === undefined) return parsed;
  return { fault: { ...parsed.fault, route: body.route as Resource }, times };
}

function parseKind(
  body: Record<string, unknown>,
  times: number,
): { fault: EmulatorFault; times: number } | { error: string } {
  switch (body.kind) {
    case 'server_error':
    case 'malformed_json':
    case 'html_502':
    case 'connection_reset':
      return { fault: { kind: body.kind }, times };
    case 'rate_limited': {
      if (body.retryAfterSeconds === undefined) return { fault: { kind: 'rate_limited' }, times };
      const retryAfterSeconds = positiveInteger(body.retryAfterSeconds, 3600);
      if (retryAfterSeconds === undefined) return { error: 'retryAfterSeconds must be an integer from 1 to 3600.' };
      return { fault: { kind: 'rate_limited', retryAfterSeconds }, times };
    }
    case 'slow': {
      const delayMs = positiveInteger(body.delayMs, MAX_DELAY_MS);
      if (delayMs === undefined) return { error: `delayMs must be an integer from 1 to ${MAX_DELAY_MS}.` };
      return { fault: { kind: 'slow', delayMs }, times };
    }
    default:
      return {
        error: 'kind must be one of server_error, rate_limited, slow, malformed_json, html_502, connection_reset.',
      };
  }
}
