import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FaultQueue } from './fault-queue';
import { parseFault } from './parse-fault';
import type { EmulatorData, RecordedRequest } from './types';

/** Where the control routes live: outside Stytch's `/v1/` paths, so they can never shadow the API. */
export const CONTROL_PREFIX = '/__emulator/';

const MAX_BODY_BYTES = 16 * 1024;

/** What the control routes read and change. */
export interface ControlContext {
  faults: FaultQueue;
  requests: readonly RecordedRequest[];
  /** API requests received since the start or the last reset, also those `requests` no longer holds. */
  requestCount(): number;
  data: EmulatorData;
  reset(): void;
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status, { 'cache-control': 'no-store' }).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(JSON.stringify(body));
}

async function readJson(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false; error: string }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return { ok: false, error: 'The body is too large.' };
    chunks.push(chunk as Buffer);
  }
  try {
    return { ok: true, value: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
  } catch {
    return { ok: false, error: 'The body is not JSON.' };
  }
}

/**
 * Routes for tests and the demo page, under `/__emulator/`:
 * `GET|POST|DELETE faults`, `GET requests` (`{ requests, requestCount }`), `GET sessions`, `POST reset`.
 * A POST must be `application/json`: a browser then sends a CORS preflight, which the emulator never
 * approves, so a page from another origin cannot inject faults.
 */
export async function answerControlRequest(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  context: ControlContext,
): Promise<void> {
  const route = `${req.method ?? 'GET'} ${path.slice(CONTROL_PREFIX.length)}`;
  if (req.method === 'POST' && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
    send(res, 415, { error: 'Send a JSON body with content-type application/json.' });
    return;
  }
  switch (route) {
    case 'GET faults':
      return send(res, 200, { faults: context.faults.list() });
    case 'POST faults': {
      const body = await readJson(req);
      const parsed = body.ok ? parseFault(body.value) : body;
      if ('error' in parsed) return send(res, 400, { error: parsed.error });
      context.faults.add(parsed.fault, parsed.times);
      return send(res, 200, { faults: context.faults.list() });
    }
    case 'DELETE faults':
      context.faults.clear();
      return send(res, 204);
    case 'GET requests':
      return send(res, 200, { requests: context.requests, requestCount: context.requestCount() });
    case 'GET sessions':
      return send(res, 200, { sessions: context.data.sessions });
    case 'POST reset':
      context.reset();
      return send(res, 204);
    default:
      return send(res, 404, { error: `No control route ${route}.` });
  }
}
