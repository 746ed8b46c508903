/// <reference types="node" />
// `npm start`: the Stytch emulator, the connected-app handler and the demo page (Vite), all on 127.0.0.1.
// With STYTCH_PROJECT_ID and STYTCH_SECRET set, the handler calls Stytch instead of the emulator; see README.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { isExpectedHost, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler, readMemberSession, toNodeHandler } from 'react-connected-apps/server';
import { B2BClient } from 'stytch';
import { Agent } from 'undici';
import { createServer as createViteServer } from 'vite';
import { publicEntries } from '../vite.config';
import type { DemoConfig } from './demo-config';
import { demoEmulatorData } from './demo-data';

const host = '127.0.0.1';
const requestedPort = Number(process.env.PORT ?? 5173);
const timeoutMs = 4_000;
const root = fileURLToPath(new URL('.', import.meta.url));

const useStytch = Boolean(process.env.STYTCH_PROJECT_ID && process.env.STYTCH_SECRET);

// Listen first: the emulator's logo URLs point at this server, so its address must be known.
const server = createServer();
function listen(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
await listen(requestedPort).catch((error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.warn(`Port ${requestedPort} is busy: using a free one.`);
  return listen(0);
});
const address = server.address() as AddressInfo;
const url = `http://${host}:${address.port}/`;

const emulator = useStytch ? undefined : await startStytchEmulator({ host, data: demoEmulatorData(url) });

// The SDK cannot be cancelled: these undici timeouts end a hung connection to Stytch, so a call the handler
// gave up on (504) does not hold its socket (and its place under `maxConcurrentStytchCalls`) for ever.
const dispatcher = new Agent({ headersTimeout: timeoutMs * 2, bodyTimeout: timeoutMs * 2 });

function stytchClient(): B2BClient {
  if (emulator) {
    // The SDK warns once about a custom `env`: expected here, and noise in the console.
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      return new B2BClient({ project_id: emulator.projectId, secret: emulator.secret, env: emulator.url, dispatcher });
    } finally {
      console.warn = warn;
    }
  }
  return new B2BClient({
    dispatcher,
    project_id: String(process.env.STYTCH_PROJECT_ID),
    secret: String(process.env.STYTCH_SECRET),
  });
}

// Against Stytch, a session can come from the environment, for trying the page without a login flow.
const envSession =
  process.env.STYTCH_SESSION_TOKEN || process.env.STYTCH_SESSION_JWT
    ? {
        sessionToken: process.env.STYTCH_SESSION_TOKEN || undefined,
        sessionJwt: process.env.STYTCH_SESSION_JWT || undefined,
      }
    : null;

const handler = toNodeHandler(
  createConnectedAppHandler({
    client: stytchClient(),
    basePath: '/api/stytch',
    timeoutMs,
    rateLimitRetryAfterSeconds: 3,
    getSession: (request) => readMemberSession(request) ?? envSession,
    onError: (error) => console.error('[handler]', error instanceof Error ? error.message : error),
  }),
);

function demoConfig(): DemoConfig {
  if (emulator) {
    return {
      mode: 'emulator',
      organizations: emulator.data.organizations.map((organization) => ({
        key: organization.organizationSlug,
        name: organization.organizationName,
        apps: organization.connectedApps.map(({ connectedAppId, name }) => ({ connectedAppId, name })),
      })),
      sessions: Object.entries(seededSessions).map(([id, session]) => ({
        id,
        label: session.label,
        sessionToken: session.sessionToken,
      })),
      timeoutSeconds: timeoutMs / 1000,
    };
  }
  const appIds = (process.env.STYTCH_CONNECTED_APP_IDS ?? process.env.STYTCH_CONNECTED_APP_ID ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  return {
    mode: 'stytch',
    organizations: [
      {
        key: process.env.STYTCH_ORGANIZATION_ID ?? '',
        name: process.env.STYTCH_ORGANIZATION_ID ?? 'Organization',
        apps: appIds.map((connectedAppId) => ({ connectedAppId, name: connectedAppId })),
      },
    ],
    sessions: [],
    timeoutSeconds: timeoutMs / 1000,
  };
}

/** Forwards the emulator's control routes, so the page injects faults from its own origin. */
async function forwardToEmulator(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (!emulator) {
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"No emulator: the demo calls Stytch."}');
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const upstream = await fetch(new URL(req.url ?? '/', emulator.url), {
    method: req.method,
    headers: req.headers['content-type'] ? { 'content-type': req.headers['content-type'] } : {},
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : Buffer.concat(chunks),
  });
  res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
  res.end(Buffer.from(await upstream.arrayBuffer()));
}

// Vite's HMR WebSocket arrives as an upgrade, not a request: refused here, before Vite's own listener.
server.prependListener('upgrade', (req: IncomingMessage, socket) => {
  if (!isExpectedHost(req.headers.host, address.address, address.port)) {
    socket.end('HTTP/1.1 421 Misdirected Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
  }
});

const vite = await createViteServer({
  configFile: false,
  root,
  plugins: [react()],
  resolve: { alias: publicEntries },
  server: { middlewareMode: true, hmr: { server } },
  appType: 'spa',
  logLevel: 'warn',
  // Its own dependency cache: the library's tests and Storybook keep theirs in node_modules/.vite.
  cacheDir: fileURLToPath(new URL('../node_modules/.vite-demo', import.meta.url)),
  // Bundled at start, so the first page load never reloads itself to add a dependency.
  optimizeDeps: {
    entries: ['index.html'],
    include: ['react', 'react-dom/client', 'react/jsx-dev-runtime', 'swr', '@radix-ui/react-dialog', 'virtua'],
  },
});

// First, before the routes and Vite: a page that rebinds its DNS name to 127.0.0.1 would otherwise read the
// seeded sessions through `/__emulator/`, call `/api/stytch/` with the environment's session, or read the
// demo's sources from Vite. Its requests carry its own name as Host.
server.on('request', (req: IncomingMessage, res: ServerResponse) => {
  if (!isExpectedHost(req.headers.host, address.address, address.port)) {
    req.resume();
    res.writeHead(421, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end('{"error":"Misdirected request: unexpected Host header."}');
    return;
  }
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  if (path.startsWith('/api/stytch/')) return handler(req, res);
  if (path === '/demo-config.json') {
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    res.end(JSON.stringify(demoConfig()));
    return;
  }
  if (path.startsWith('/__emulator/')) {
    forwardToEmulator(req, res).catch(() => res.writeHead(502).end());
    return;
  }
  vite.middlewares(req, res);
});

console.log(
  [
    `Demo: ${url}  (ready in ${process.uptime().toFixed(1)} s)`,
    emulator
      ? `Data: the Stytch emulator at ${emulator.url} (project ${emulator.projectId})`
      : `Data: Stytch (project ${process.env.STYTCH_PROJECT_ID})`,
    'Press Ctrl+C to stop.',
  ].join('\n'),
);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  server.closeAllConnections();
  await Promise.allSettled([vite.close(), emulator?.stop(), new Promise((resolve) => server.close(resolve))]);
  process.exit(0);
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
