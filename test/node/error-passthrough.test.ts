import { createFetchTransport } from 'react-connected-apps';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { type ConnectedAppsClient, createConnectedAppHandler } from 'react-connected-apps/server';
import { fixtureApps } from 'react-connected-apps/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stytchClientFor } from './helpers';

const APP = fixtureApps.thirdParty;
const PATH = `/organizations/acme/connected_apps/${APP.connectedAppId}`;

/** A client whose every call fails with Stytch's error body `body` (as the SDK's StytchError carries it). */
function failingClient(body: Record<string, unknown>): ConnectedAppsClient {
  return { organizations: { getConnectedApp: () => Promise.reject(Object.assign(new Error('stytch'), body)) } };
}

function handlerFetch(client: ConnectedAppsClient): typeof fetch {
  const handler = createConnectedAppHandler({ client });
  return (input, init) => handler(new Request(input, init));
}

let emulator: StytchEmulator;
beforeAll(async () => {
  emulator = await startStytchEmulator();
});
afterAll(() => emulator.stop());

describe('what of a Stytch error reaches the browser', () => {
  it('passes status, error_type, request_id, error_message and a stytch.com error_url, end to end', async () => {
    const transport = createFetchTransport({
      baseUrl: 'http://localhost',
      headers: { 'x-stytch-member-session': seededSessions.acmeMember.sessionToken },
      fetch: handlerFetch(stytchClientFor(emulator)),
    });
    const error = await transport.getConnectedApp({ organizationId: 'acme', connectedAppId: APP.connectedAppId }).then(
      () => undefined,
      (failure: unknown) => failure,
    );
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
      errorType: 'unauthorized_action',
      errorMessage: 'The Member is not authorized to perform the requested action on that resource.',
      errorUrl: 'https://stytch.com/docs/api/errors/403',
    });
    expect((error as { requestId?: string }).requestId).toMatch(/^request-id-test-/);
  });

  it('drops an error_url outside https://stytch.com/ and keeps the rest', async () => {
    for (const errorUrl of [
      'https://evil.example/phish',
      'https://stytch.com.evil.example/docs',
      'http://stytch.com/docs/api/errors/403',
      'javascript:alert(1)',
      '//stytch.com/docs',
      'not a url',
    ]) {
      const response = await handlerFetch(
        failingClient({
          status_code: 403,
          request_id: 'request-id-test-1',
          error_type: 'unauthorized_action',
          error_message: 'Not allowed.',
          error_url: errorUrl,
        }),
      )(`http://localhost${PATH}`, { headers: { 'x-stytch-member-session': 'token' } });
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        status_code: 403,
        request_id: 'request-id-test-1',
        error_type: 'unauthorized_action',
        error_message: 'Not allowed.',
      });
    }
  });
});
