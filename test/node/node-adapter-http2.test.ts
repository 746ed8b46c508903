import { connect, createServer } from 'node:http2';
import type { AddressInfo } from 'node:net';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { createConnectedAppHandler, toNodeHandler } from 'react-connected-apps/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stytchClientFor } from './helpers';

let emulator: StytchEmulator;
beforeAll(async () => {
  emulator = await startStytchEmulator();
});
afterAll(() => emulator.stop());

describe('toNodeHandler under HTTP/2', () => {
  it('answers an h2c request (pseudo-headers left out, the host read from :authority)', async () => {
    const handler = toNodeHandler(createConnectedAppHandler({ client: stytchClientFor(emulator), basePath: '/api' }));
    const server = createServer((req, res) => handler(req as never, res as never));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const session = connect(`http://127.0.0.1:${port}`);
    try {
      const status = await new Promise<number>((resolve, reject) => {
        const stream = session.request({
          ':path': '/api/organizations/acme/connected_apps',
          'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken,
        });
        stream.on('response', (headers) => resolve(Number(headers[':status'])));
        stream.on('error', reject);
        stream.resume();
        stream.end();
      });
      expect(status).toBe(200);
    } finally {
      session.close();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
