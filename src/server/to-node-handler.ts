/// <reference types="node" />
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ConnectedAppError } from '../core/error';
import { errorResponse } from './json-response';

/** A Node `http` request; Express adds `originalUrl` (the path before its router strips a mount path). */
export type NodeRequest = IncomingMessage & { originalUrl?: string };

/** A Node `http` / Express / Connect middleware. */
export type NodeHandler = (req: NodeRequest, res: ServerResponse, next?: (error?: unknown) => void) => void;

/** `protocol://host`, from the Host header's host alone: a header such as `a/b?c` cannot add to the path. */
function originOf(protocol: string, host: string | undefined): string {
  try {
    return new URL(`${protocol}://${host ?? 'localhost'}`).origin;
  } catch {
    return `${protocol}://localhost`;
  }
}

/**
 * Whether the request target holds what a URL parser rewrites: a backslash (read as `/`) or a dot segment
 * (`.`, `..`, any case of `%2e` mixed in; removed with the segment before it). `/x/../api/stytch/...` would
 * otherwise be answered as `/api/stytch/...` although a proxy or `app.use('/api/stytch', requireLogin)` in
 * front saw another path. `%5c` is refused too, for a proxy or router that decodes it. The path ends at `?`
 * or `#`, as for the parser; an absolute-form target is checked whole.
 */
function isRewrittenPath(target: string): boolean {
  const path = target.split(/[?#]/, 1)[0] ?? '';
  return /\\|%5c/i.test(path) || path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/i.test(segment));
}

/**
 * The most a request body may hold: a members search of 1,000 ids of up to 128 characters, with room to spare
 * (a revoke's body is `{}`). The handler refuses what is not a valid search anyway.
 */
const MAX_BODY_BYTES = 256 * 1024;

/**
 * The body of a request that may have one, at most {@link MAX_BODY_BYTES} (`null` beyond). A body an Express
 * parser already read (`req.body`) is sent on as JSON.
 */
async function readBody(req: NodeRequest): Promise<Buffer | null> {
  const parsed = (req as { body?: unknown }).body;
  if (parsed !== undefined && (req.readableEnded || req.complete)) return Buffer.from(JSON.stringify(parsed));
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function toWebRequest(req: NodeRequest, signal: AbortSignal, body: Buffer | undefined): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    // HTTP/2's pseudo-headers (`:method`, `:authority`…) are no headers a Request may carry.
    if (name.startsWith(':')) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else if (value !== undefined) headers.set(name, value);
  }
  const protocol = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  const target = req.originalUrl ?? req.url ?? '/';
  // HTTP/2 names the host in `:authority`, not `host`.
  const authority = req.headers[':authority'];
  const origin = originOf(protocol, req.headers.host ?? (typeof authority === 'string' ? authority : undefined));
  let url: URL;
  try {
    // A target starting with `/` is a path, even `//evil.example/api/...`: resolved against a base URL it
    // would name another host, and the handler would answer the path after it.
    url = target.startsWith('/') ? new URL(`${origin}${target}`) : new URL(target, origin);
  } catch {
    url = new URL('/', origin);
  }
  return new Request(url, { method: req.method ?? 'GET', headers, signal, body: body && new Uint8Array(body) });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  response.headers.forEach((value, name) => {
    res.setHeader(name, value);
  });
  res.setHeader('content-length', body.length);
  res.end(body);
}

/**
 * Runs a `Request → Response` handler as Node `http` or Express middleware. The path the handler sees is
 * Express's `originalUrl` (else `req.url`), so give the handler the full `basePath`; a path holding a
 * backslash or a dot segment (`/x/../`, `%2e`) is answered 400 `invalid_path`, never routed. Every request it
 * receives is answered; unexpected failures go to `next` when there is one.
 *
 * @example
 * app.use('/api/stytch', toNodeHandler(createConnectedAppHandler({ client, basePath: '/api/stytch' })))
 * // or: http.createServer(toNodeHandler(handler)).listen(3000, '127.0.0.1')
 */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    const method = req.method ?? 'GET';
    const hasBody = method !== 'GET' && method !== 'HEAD';
    // A GET's body is never read: drain it so the connection can be reused.
    if (!hasBody) req.resume();
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    // Routed by the path as sent: a rewritten one never reaches the handler (nor Stytch).
    if (isRewrittenPath(req.originalUrl ?? req.url ?? '/')) {
      if (hasBody) req.resume();
      return fail(res, 400, 'invalid_path', 'The path holds a backslash or a dot segment.');
    }
    // A body that cannot be read (the client went away) ends the connection.
    answer(req, res, next, handler, controller, hasBody).catch(() => res.destroy());
  };
}

function fail(res: ServerResponse, status: number, errorType: string, errorMessage: string, headers = {}): void {
  const error = new ConnectedAppError({
    code: status >= 500 ? 'SERVER' : 'BAD_REQUEST',
    status,
    errorType,
    errorMessage,
  });
  send(res, errorResponse(error, headers)).catch(() => res.destroy());
}

async function answer(
  req: NodeRequest,
  res: ServerResponse,
  next: ((error?: unknown) => void) | undefined,
  handler: (request: Request) => Promise<Response>,
  controller: AbortController,
  hasBody: boolean,
): Promise<void> {
  const body = hasBody ? await readBody(req) : undefined;
  if (body === null) {
    req.resume();
    return fail(res, 413, 'body_too_large', 'The request body is too large.');
  }
  let request: Request;
  try {
    request = toWebRequest(req, controller.signal, body);
  } catch {
    // `new Request` refuses methods such as CONNECT or TRACE: the handler would have refused them too.
    return fail(res, 405, 'method_not_allowed', 'The method is not allowed.', { allow: 'GET, POST' });
  }
  try {
    await send(res, await handler(request));
  } catch (error) {
    if (next) return next(error);
    if (res.headersSent) return void res.destroy();
    fail(res, 500, 'internal_error', 'The server failed to answer.');
  }
}
