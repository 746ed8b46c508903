import { type ConnectedAppsClient, createConnectedAppHandler, readMemberSession } from 'react-connected-apps/server';
import { fixtureApps, toStytchResponse } from 'react-connected-apps/testing';
import { describe, expect, it, vi } from 'vitest';

const APP = fixtureApps.firstParty;
const PATH = `/organizations/acme/connected_apps/${APP.connectedAppId}`;

/** A client that records its calls and answers with `answer`. */
function fakeClient(answer: () => Promise<unknown> = () => Promise.resolve(toStytchResponse(APP, 'request-1'))) {
  const getConnectedApp = vi.fn<ConnectedAppsClient['organizations']['getConnectedApp']>(answer);
  return { client: { organizations: { getConnectedApp } }, getConnectedApp };
}

const withToken = { 'x-stytch-member-session': 'token-1' };

describe('readMemberSession', () => {
  it('prefers the headers, then reads (and decodes) the Stytch cookies', () => {
    const both = new Request('http://x/', {
      headers: {
        'x-stytch-member-session': 'token-h',
        'x-stytch-member-sessionjwt': 'jwt-h',
        cookie: 'stytch_session=token-c',
      },
    });
    expect(readMemberSession(both)).toEqual({ sessionToken: 'token-h', sessionJwt: 'jwt-h' });
    const cookies = new Request('http://x/', {
      headers: { cookie: 'a=1; stytch_session_jwt="eyJ%3D.b"; stytch_session=tok' },
    });
    expect(readMemberSession(cookies)).toEqual({ sessionToken: 'tok', sessionJwt: 'eyJ=.b' });
    expect(
      readMemberSession(new Request('http://x/', { headers: { cookie: 'my_stytch_session=x; stytch_session=' } })),
    ).toBeNull();
    // A huge value is returned as sent: the handler refuses it as a malformed session (401) before Stytch.
    expect(readMemberSession(new Request('http://x/', { headers: { 'x-stytch-member-session': ' \t ' } }))).toBeNull();
  });
});

describe('createConnectedAppHandler', () => {
  it('passes the decoded ids and both session kinds to the SDK', async () => {
    const { client, getConnectedApp } = fakeClient();
    const handler = createConnectedAppHandler({ client, basePath: 'api/stytch/' });
    const response = await handler(
      new Request(`http://x/api/stytch/organizations/acme%7Cext/connected_apps/${APP.connectedAppId}`, {
        headers: { 'x-stytch-member-session': 'token-1', 'x-stytch-member-sessionjwt': 'jwt-1' },
      }),
    );
    expect(response.status).toBe(200);
    expect(getConnectedApp).toHaveBeenCalledWith(
      { organization_id: 'acme|ext', connected_app_id: APP.connectedAppId },
      { authorization: { session_token: 'token-1', session_jwt: 'jwt-1' } },
    );
  });

  it('uses getSession instead of the default lookup', async () => {
    const { client, getConnectedApp } = fakeClient();
    const handler = createConnectedAppHandler({ client, getSession: async () => ({ sessionJwt: 'from-my-store' }) });
    expect((await handler(new Request(`http://x${PATH}`))).status).toBe(200);
    expect(getConnectedApp).toHaveBeenCalledWith(expect.anything(), {
      authorization: { session_jwt: 'from-my-store' },
    });
  });

  it('re-validates what the SDK returned: a body that is not a connected app is a 502', async () => {
    const { client } = fakeClient(() => Promise.resolve({ ...toStytchResponse(APP), name: 42 }));
    const response = await createConnectedAppHandler({ client })(
      new Request(`http://x${PATH}`, { headers: withToken }),
    );
    expect(response.status).toBe(502);
    expect(await response.json()).toEqual({
      status_code: 502,
      error_type: 'invalid_upstream_response',
      error_message: 'Stytch sent an answer that is not what was asked for.',
    });
  });

  it('re-serializes the success in Stytch’s format, dropping fields it does not know', async () => {
    const { client } = fakeClient(() =>
      Promise.resolve({ ...toStytchResponse(APP, 'request-9'), internal_note: 'secret-ish', logo_url: undefined }),
    );
    const response = await createConnectedAppHandler({ client })(
      new Request(`http://x${PATH}`, { headers: withToken }),
    );
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({ ...toStytchResponse(APP, 'request-9'), logo_url: null });
  });

  it('hides the details of its own failures and reports them to onError', async () => {
    const onError = vi.fn();
    const { client } = fakeClient(() => Promise.reject(new TypeError('secret-key-123 leaked in a message')));
    const handler = createConnectedAppHandler({ client, onError });
    const response = await handler(new Request(`http://x${PATH}`, { headers: withToken }));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain('secret-key-123');
    expect(onError).toHaveBeenCalledWith(
      expect.any(TypeError),
      expect.objectContaining({ status: 502, method: 'GET' }),
    );

    const broken = createConnectedAppHandler({
      client,
      onError,
      getSession: () => {
        throw new Error('store down: password=hunter2');
      },
    });
    const failed = await broken(new Request(`http://x${PATH}`));
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({
      status_code: 500,
      error_type: 'internal_error',
      error_message: 'The server failed to answer.',
    });
  });

  it('treats an error object with an impossible status as an unreachable upstream', async () => {
    const { client } = fakeClient(() => Promise.reject({ status_code: 200, error_type: 'weird' }));
    const response = await createConnectedAppHandler({ client })(
      new Request(`http://x${PATH}`, { headers: withToken }),
    );
    expect(response.status).toBe(502);
  });
});
