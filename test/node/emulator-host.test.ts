import { request } from 'node:http';
import { connect } from 'node:net';
import {
  isExpectedHost,
  type StytchEmulator,
  seededSessions,
  startStytchEmulator,
} from 'react-connected-apps/emulator';
import { FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth, endpointPath } from './helpers';

let emulator: StytchEmulator;
let port: string;

beforeAll(async () => {
  emulator = await startStytchEmulator();
  port = new URL(emulator.url).port;
});
afterAll(() => emulator.stop());
afterEach(() => emulator.reset());

/**
 * Sends a request to the emulator with `host` as its Host header (fetch cannot set it), or none at all.
 * A page whose DNS name was rebound to 127.0.0.1 sends exactly this: its own name as Host.
 */
function send(host: string | undefined, method: string, path: string, body?: string) {
  const headers: Record<string, string> = {
    authorization: basicAuth(emulator.projectId, emulator.secret),
    'x-stytch-member-session': seededSessions.acmeAdmin.sessionToken,
    ...(body === undefined ? {} : { 'content-type': 'application/json' }),
  };
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, setHost: host !== undefined }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    if (host !== undefined) req.setHeader('host', host);
    req.on('error', reject).end(body);
  });
}

const apiPath = `/${endpointPath(FIXTURE_ORGANIZATION_ID, fixtureApps.firstParty.connectedAppId)}`;
const fault = JSON.stringify({ kind: 'server_error', times: 3 });

describe('the emulator under DNS rebinding', () => {
  it.each([
    ['another name', () => `evil.example:${port}`],
    ['another name without a port', () => 'evil.example'],
    ['its address on another port', () => `127.0.0.1:${Number(port) + 1}`],
    ['localhost on another port', () => `localhost:${Number(port) + 1}`],
    ['a subdomain of localhost', () => `x.localhost:${port}`],
  ])('answers %s 421 before any route: no session read, no fault added, nothing logged', async (_name, host) => {
    const sessions = await send(host(), 'GET', '/__emulator/sessions');
    expect(sessions.status).toBe(421);
    expect(sessions.text).not.toContain(seededSessions.acmeAdmin.sessionToken);
    expect(JSON.parse(sessions.text)).toEqual({ error: expect.any(String) });

    expect((await send(host(), 'POST', '/__emulator/faults', fault)).status).toBe(421);
    expect((await send(host(), 'GET', apiPath)).status).toBe(421);
    expect((await send(host(), 'GET', '/__emulator/requests')).status).toBe(421);

    expect(emulator.requestCount).toBe(0);
    expect(emulator.requests).toEqual([]);
    const faults = await send(`127.0.0.1:${port}`, 'GET', '/__emulator/faults');
    expect(JSON.parse(faults.text)).toEqual({ faults: [] });
  });

  it('answers a request without Host 421 (HTTP/1.0: Node itself refuses HTTP/1.1 without Host, 400)', async () => {
    expect((await send(undefined, 'GET', '/__emulator/sessions')).status).toBe(400);
    // HTTP/1.0 may leave Host out, so Node lets it through to the emulator.
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(Number(port), '127.0.0.1', () => socket.end('GET /__emulator/sessions HTTP/1.0\r\n\r\n'));
      socket.on('data', (chunk: Buffer) => {
        text += chunk.toString('utf8');
      });
      socket.on('end', () => resolve(text)).on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    expect(answer).not.toContain(seededSessions.acmeAdmin.sessionToken);
  });

  it.each([
    ['its address', () => `127.0.0.1:${port}`],
    ['localhost', () => `localhost:${port}`],
    ['LOCALHOST in capitals', () => `LOCALHOST:${port}`],
  ])('answers %s as Host', async (_name, host) => {
    const sessions = await send(host(), 'GET', '/__emulator/sessions');
    expect(sessions.status).toBe(200);
    expect(sessions.text).toContain(seededSessions.acmeAdmin.sessionToken);
    expect((await send(host(), 'POST', '/__emulator/faults', fault)).status).toBe(200);
    expect((await send(host(), 'GET', apiPath)).status).toBe(500);
    emulator.clearFaults();
    expect((await send(host(), 'GET', apiPath)).status).toBe(200);
    expect(emulator.requestCount).toBe(2);
  });
});

describe('isExpectedHost', () => {
  it('accepts the address listened on and localhost with its port, in any case, and nothing else', () => {
    expect(isExpectedHost('127.0.0.1:8787', '127.0.0.1', 8787)).toBe(true);
    expect(isExpectedHost('LocalHost:8787', '127.0.0.1', 8787)).toBe(true);
    expect(isExpectedHost('[::1]:8787', '::1', 8787)).toBe(true);
    expect(isExpectedHost('localhost:8787', '::1', 8787)).toBe(true);
    expect(isExpectedHost('127.0.0.1', '127.0.0.1', 80)).toBe(true);

    expect(isExpectedHost(undefined, '127.0.0.1', 8787)).toBe(false);
    expect(isExpectedHost('', '127.0.0.1', 8787)).toBe(false);
    expect(isExpectedHost('127.0.0.1', '127.0.0.1', 8787)).toBe(false);
    expect(isExpectedHost('::1:8787', '::1', 8787)).toBe(false);
    expect(isExpectedHost('[::1]:8787', '127.0.0.1', 8787)).toBe(false);
    expect(isExpectedHost('localhost.:8787', '127.0.0.1', 8787)).toBe(false);
    expect(isExpectedHost('evil.example:8787', '127.0.0.1', 8787)).toBe(false);
    expect(isExpectedHost('127.0.0.1:8787@evil.example', '127.0.0.1', 8787)).toBe(false);
  });
});
