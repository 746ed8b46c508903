import { ConnectedAppError, type ConnectedAppErrorInit } from './error';
import type { CompleteTransport } from './transport';
import type { ConnectedApp, ConnectedAppRequest } from './types';

/** One scripted answer of a memory transport. */
export type MemoryScriptStep =
  | { respond: 'fixture'; latencyMs?: number }
  | { respond: 'data'; data: ConnectedApp; latencyMs?: number }
  | { respond: 'error'; error: ConnectedAppErrorInit; latencyMs?: number };

/** Options of {@link createMemoryTransport}. */
export interface MemoryTransportOptions {
  /**
   * Delay of every answer.
   * @default 0
   */
  latencyMs?: number;
  /** Answers given in order, one a call, before falling back to the fixtures. */
  script?: MemoryScriptStep[];
}

/** A transport that answers from memory, and records what it was asked. */
export interface MemoryTransport extends CompleteTransport {
  /** Every request received, in order. */
  readonly calls: ReadonlyArray<Omit<ConnectedAppRequest, 'signal'>>;
  /** Appends scripted answers (e.g. to inject a fault in a running story or demo). */
  enqueue(...steps: MemoryScriptStep[]): void;
}

/** Apps by organization id: `{ 'organization-test-…': [app, app] }`. */
export type MemoryFixtures = Readonly<Record<string, readonly ConnectedApp[]>>;

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * A transport for tests, stories and demos: answers from `fixtures`, after `latencyMs`, following a
 * `script` first ("429 with Retry-After 2 s, then success").
 *
 * @example
 * const transport = createMemoryTransport({ 'org-1': [app] }, {
 *   script: [{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 } }],
 * })
 */
export function createMemoryTransport(fixtures: MemoryFixtures, options: MemoryTransportOptions = {}): MemoryTransport {
  const script = [...(options.script ?? [])];
  const calls: Array<Omit<ConnectedAppRequest, 'signal'>> = [];

  return {
    calls,
    enqueue: (...steps) => {
      script.push(...steps);
    },
    async getConnectedApp({ organizationId, connectedAppId, signal }) {
      calls.push({ organizationId, connectedAppId });
      const step: MemoryScriptStep = script.shift() ?? { respond: 'fixture' };
      await wait(step.latencyMs ?? options.latencyMs ?? 0, signal);
      if (step.respond === 'error') throw new ConnectedAppError(step.error);
      if (step.respond === 'data') return structuredClone(step.data);
      // Own keys only: an organization id such as `__proto__` or `constructor` is just an unknown one.
      const apps = Object.hasOwn(fixtures, organizationId) ? fixtures[organizationId] : undefined;
      const app = apps?.find((candidate) => candidate.connectedAppId === connectedAppId);
      if (!app) {
        throw new ConnectedAppError({
          code: 'NOT_FOUND',
          status: 404,
          errorType: 'connected_app_not_found',
          errorMessage: 'Connected app could not be found.',
        });
      }
      return structuredClone(app);
    },
  };
}
