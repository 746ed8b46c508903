/// <reference types="node" />
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchRoute } from '../core/wire/routes';
import { answerApiRequest } from './answer-api-request';
import { type EmulatorAnswer, messages, stytchError } from './answers';
import { answerControlRequest, CONTROL_PREFIX } from './control-routes';
import { defaultEmulatorData } from './default-data';
import { answerForFault } from './fault-answer';
import { FaultQueue } from './fault-queue';
import { isExpectedHost } from './host-check';
import { RateLimiter } from './rate-limiter';
import type { RecordedRequest, StytchEmulator, StytchEmulatorOptions } from './types';

/**
 * How many recorded requests the emulator keeps: a long-running demo or load test must not grow its
 * memory without bound. Older entries are dropped; `requestCount` still counts them.
 */
export const MAX_RECORDED_REQUESTS = 10_000;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function write(req: IncomingMessage, res: ServerResponse, answer: EmulatorAnswer): number | null {
  if (answer.kind === 'reset') {
    req.socket.destroy();
    return null;
  }
  const json = answer.kind === 'json';
  res.writeHead(answer.status, {
    'content-type': json ? 'application/json' : answer.contentType,
    ...(json ? answer.headers : {}),
  });
  res.end(json ? JSON.stringify(answer.body) : answer.body);
  return answer.status;
}

/** The most a request body may hold (a members search of 1,000 ids is about 60 kB). */
const MAX_BODY_BYTES = 1024 * 1024;

/** A request's JSON body, `undefined` when there is none or it is not JSON (a GET's body is drained). */
async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  if (req.method === 'GET' || req.method === 'HEAD') {
    req.resume();
    return undefined;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Starts a local HTTP server that speaks Stytch's "Get Connected App for Organization" endpoint, so the
 * unmodified `stytch` SDK (`new B2BClient({ project_id, secret, env: emulator.url })`), a demo or your own
 * tests run without a Stytch account. See `StytchEmulatorOptions` for the defaults.
 *
 * @example
 * const emulator = await startStytchEmulator({ projectId: 'project-test-1', secret: 'secret-1' })
 * const client = new B2BClient({ project_id: emulator.projectId, secret: emulator.secret, env: emulator.url })
 * emulator.injectFault({ kind: 'server_error' }, 2)
 * await emulator.stop()
 */
export async function startStytchEmulator(options: StytchEmulatorOptions = {}): Promise<StytchEmulator> {
  const {
    host = '127.0.0.1',
    port = 0,
    projectId = 'project-test-00000000-0000-4000-8000-000000000000',
    secret = 'secret-test-emulator-not-a-real-secret',
    data: initialData = defaultEmulatorData,
    rateLimit = { limit: 100, windowMs: 1000 },
  } = options;
  // Its own copy: revokes change it, never the caller's data (nor the shared default data).
  const data = structuredClone(initialData);
  const faults = new FaultQueue();
  const rateLimiter = new RateLimiter(rateLimit);
  const requests: RecordedRequest[] = [];
  let requestCount = 0;
  const delays = new Set<() => void>();
  const reset = () => {
    Object.assign(data, structuredClone(initialData));
    faults.clear();
    rateLimiter.reset();
    requests.length = 0;
    requestCount = 0;
  };

  // Slow answers wait here; stop() ends the waits so no timer outlives the server.
  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        delays.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      delays.add(done);
    });

  async function answerApi(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      hasAuthorization: header(req, 'authorization') !== undefined,
      hasSessionToken: header(req, 'x-stytch-member-session') !== undefined,
      hasSessionJwt: header(req, 'x-stytch-member-sessionjwt') !== undefined,
      status: null,
    };
    // The same array stays in place: `emulator.requests` is a live view of it.
    if (requests.length >= MAX_RECORDED_REQUESTS) requests.splice(0, requests.length - MAX_RECORDED_REQUESTS + 1);
    requests.push(record);
    requestCount += 1;
    const body = await readJsonBody(req);
    // A fault may be queued for one route: the path names it, as the emulator's router would.
    const route = matchRoute(path, '/v1/b2b', { stytch: true });
    const fault = faults.take(route.kind === 'match' ? route.resource : undefined);
    if (fault?.kind === 'slow') await delay(fault.delayMs);
    const answer =
      (fault && answerForFault(fault)) ??
      answerApiRequest(
        {
          method: record.method,
          path,
          authorization: header(req, 'authorization'),
          sessionToken: header(req, 'x-stytch-member-session'),
          sessionJwt: header(req, 'x-stytch-member-sessionjwt'),
          body,
        },
        { projectId, secret, data, rateLimiter },
      );
    if (res.destroyed) return;
    record.status = write(req, res, answer);
  }

  let address: AddressInfo;
  const server = createServer((req, res) => {
    // Before any route: a page that rebinds its DNS name to this address must not read the seeded sessions,
    // inject faults or appear in the request log. `address` is set once listening, before any request.
    if (!isExpectedHost(req.headers.host, address.address, address.port)) {
      req.resume();
      res.writeHead(421, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify({ error: 'Misdirected request: unexpected Host header.' }));
      return;
    }
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const isControl = path.startsWith(CONTROL_PREFIX);
    const work = isControl
      ? answerControlRequest(req, res, path, { faults, requests, requestCount: () => requestCount, data, reset })
      : answerApi(req, res, path);
    work.catch(() => {
      if (!res.headersSent) write(req, res, stytchError(500, 'internal_server_error', messages.internal));
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  address = server.address() as AddressInfo;
  const urlHost = address.address.includes(':') ? `[${address.address}]` : address.address;

  return {
    url: `http://${urlHost}:${address.port}/`,
    projectId,
    secret,
    data,
    requests,
    get requestCount() {
      return requestCount;
    },
    injectFault: (fault, times) => faults.add(fault, times),
    clearFaults: () => faults.clear(),
    reset,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const done of [...delays]) done();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
