import { inspect } from 'node:util';
import { type StytchEmulator, seededSessions, startStytchEmulator } from 'react-connected-apps/emulator';
import { type ConnectedAppHandlerOptions, createConnectedAppHandler } from 'react-connected-apps/server';
import { fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { basicAuth, stytchClientFor } from './helpers';

const APP = fixtureApps.thirdParty;
const TOKEN = seededSessions.acmeAdmin.sessionToken;
const JWT = seededSessions.acmeAdmin.sessionJwt;

let emulator: StytchEmulator;

beforeAll(async () => {
  emulator = await startStytchEmulator({ projectId: 'project-test-reporting', secret: 'secret-test-reporting-7' });
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

function handlerWith(options: Partial<ConnectedAppHandlerOptions>) {
  return createConnectedAppHandler({ client: stytchClientFor(emulator), ...options });
}

function request(headers: Record<string, string>): Request {
  return new Request(`http://localhost/organizations/acme/connected_apps/${APP.connectedAppId}`, { headers });
}

/** Everything a logger could print of a value: its JSON and its deepest `util.inspect`, hidden fields too. */
function printed(value: unknown): string {
  return `${JSON.stringify(value)}\n${inspect(value, { depth: Number.POSITIVE_INFINITY, showHidden: true })}`;
}

function expectNoCredentials(value: unknown) {
  const text = printed(value);
  for (const credential of [TOKEN, JWT, emulator.secret, basicAuth(emulator.projectId, emulator.secret)]) {
    expect(text).not.toContain(credential);
  }
}

describe('createConnectedAppHandler onError', () => {
  it('never hands a session token or the secret to onError when Stytch cannot be reached', async () => {
    const onError = vi.fn();
    const handler = handlerWith({ onError });
    emulator.injectFault({ kind: 'connection_reset' });
    const byToken = await handler(request({ 'x-stytch-member-session': TOKEN }));
    emulator.injectFault({ kind: 'connection_reset' });
    const byJwt = await handler(request({ 'x-stytch-member-sessionjwt': JWT }));
    expect([byToken.status, byJwt.status]).toEqual([502, 502]);
    expect(emulator.requests.map((recorded) => recorded.status)).toEqual([null, null]);
    expect(onError).toHaveBeenCalledTimes(2);
    for (const [error] of onError.mock.calls) {
      expect(error).toBeInstanceOf(Error);
      expect(String(error)).toMatch(/fetch failed/);
      expectNoCredentials(error);
    }
  });

  it('gives onError what a log needs and nothing holding a credential: no request, headers or cookies', async () => {
    const onError = vi.fn();
    const handler = handlerWith({ onError });
    const cookie = `stytch_session=${TOKEN}; stytch_session_jwt=${JWT}; other=private-cookie-value`;
    const variants: Array<Record<string, string>> = [
      { cookie },
      { 'x-stytch-member-session': TOKEN, 'x-stytch-member-sessionjwt': JWT },
    ];
    for (const headers of variants) {
      emulator.injectFault({ kind: 'server_error' });
      const response = await handler(
        new Request(`http://localhost/organizations/acme/connected_apps/${APP.connectedAppId}?token=${TOKEN}`, {
          headers,
        }),
      );
      expect(response.status).toBe(500);
    }
    expect(onError).toHaveBeenCalledTimes(2);
    for (const [error, context] of onError.mock.calls) {
      expect(context).toEqual({
        method: 'GET',
        path: `/organizations/acme/connected_apps/${APP.connectedAppId}`,
        resource: 'connectedApp',
        organizationId: 'acme',
        connectedAppId: APP.connectedAppId,
        status: 500,
      });
      expect(context).not.toBeInstanceOf(Request);
      expectNoCredentials([error, context]);
      expect(printed(context)).not.toContain('private-cookie-value');
    }
  });

  it('still answers the 502 JSON error when onError throws or rejects', async () => {
    for (const onError of [
      () => {
        throw new Error('the logger is down');
      },
      () => Promise.reject(new Error('the async logger is down')),
    ]) {
      emulator.injectFault({ kind: 'connection_reset' });
      const response = await handlerWith({ onError })(request({ 'x-stytch-member-session': TOKEN }));
      expect(response.status).toBe(502);
      expect(await response.json()).toEqual({
        status_code: 502,
        error_type: 'upstream_unavailable',
        error_message: 'Stytch could not be reached or sent an unreadable answer.',
      });
    }
  });

  it('tells onError about a wrong server secret, which the browser sees as Stytch’s 401', async () => {
    const onError = vi.fn();
    const handler = handlerWith({ client: stytchClientFor(emulator, { secret: 'not-the-secret' }), onError });
    const response = await handler(request({ 'x-stytch-member-session': TOKEN }));
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error_type: 'unauthorized_credentials' });
    expect(onError).toHaveBeenCalledTimes(1);
    const [error, seen] = onError.mock.calls[0] ?? [];
    expect(error).toMatchObject({ status_code: 401, error_type: 'unauthorized_credentials' });
    expect(seen).toEqual({
      method: 'GET',
      path: `/organizations/acme/connected_apps/${APP.connectedAppId}`,
      resource: 'connectedApp',
      organizationId: 'acme',
      connectedAppId: APP.connectedAppId,
      status: 401,
    });
    expectNoCredentials(error);
    expect(printed(error)).not.toContain('not-the-secret');
  });

  it('stays quiet for what members cause: an unknown session (401), a refusal (403), a missing app (404)', async () => {
    const onError = vi.fn();
    const handler = handlerWith({ onError });
    const statuses = [
      (await handler(request({ 'x-stytch-member-session': 'session-token-forged' }))).status,
      (await handler(request({ 'x-stytch-member-session': seededSessions.acmeMember.sessionToken }))).status,
      (await handler(request({}))).status,
      (
        await handler(
          new Request('http://localhost/organizations/acme/connected_apps/connected-app-test-missing', {
            headers: { 'x-stytch-member-session': TOKEN },
          }),
        )
      ).status,
    ];
    expect(statuses).toEqual([401, 403, 401, 404]);
    expect(onError).not.toHaveBeenCalled();
  });
});
