// One server of the handler benchmark, in its own process so the load tool and each server get their own
// event loop: `emulator` (the Stytch emulator, rate limit off) or `handler <emulatorUrl> <projectId> <secret>`
// (the connected-app handler on the real `stytch` SDK, calling that emulator). It reports its URL to the
// parent over IPC and exits when the parent goes away, or after ten minutes whatever happens.
import { createServer } from 'node:http';
import { startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler, toNodeHandler } from 'react-connected-apps/server';
import { B2BClient } from 'stytch';

const LIFETIME_MS = 10 * 60 * 1000;
setTimeout(() => process.exit(0), LIFETIME_MS).unref();
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));

const [role, emulatorUrl, projectId, secret] = process.argv.slice(2);

if (role === 'emulator') {
  const emulator = await startStytchEmulator({ rateLimit: false });
  // Recorded requests would grow by the hundred thousand during the runs.
  setInterval(() => emulator.reset(), 1_000).unref();
  process.send?.({ url: emulator.url, projectId: emulator.projectId, secret: emulator.secret });
} else if (role === 'handler') {
  // The SDK warns once that `env` is a custom URL: expected here.
  const warn = console.warn;
  console.warn = () => undefined;
  const client = new B2BClient({ project_id: projectId, secret, env: emulatorUrl });
  console.warn = warn;
  const handler = toNodeHandler(createConnectedAppHandler({ client, basePath: '/api/stytch' }));
  const server = createServer((req, res) => handler(req, res));
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ url: `http://127.0.0.1:${server.address().port}/` });
  });
} else {
  console.error('usage: node bench/handler-server.mjs emulator | handler <emulatorUrl> <projectId> <secret>');
  process.exit(2);
}
