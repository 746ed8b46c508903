import { Agent, request } from 'node:http';
import { MAX_RECORDED_REQUESTS, type StytchEmulator, startStytchEmulator } from 'react-connected-apps/emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SERVED = 10_050;
const KEPT = 10_000;
const CONNECTIONS = 8;

let emulator: StytchEmulator;
const agent = new Agent({ keepAlive: true, maxSockets: CONNECTIONS });

beforeAll(async () => {
  emulator = await startStytchEmulator({ rateLimit: false });
});
afterAll(async () => {
  agent.destroy();
  await emulator.stop();
});

/** One small API request over a kept-alive connection; resolves with its status. */
function get(path: string): Promise<number> {
  const url = new URL(path, emulator.url);
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { agent }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

async function countControlRequests(): Promise<{ requests: unknown[]; requestCount: number }> {
  const response = await fetch(new URL('__emulator/requests', emulator.url));
  return (await response.json()) as { requests: unknown[]; requestCount: number };
}

describe('the emulator request log', () => {
  it(`keeps only the newest ${KEPT} requests, oldest first, and counts all ${SERVED}`, async () => {
    let next = 0;
    // A few connections take turns, so the requests reach the emulator in the order they are numbered.
    const worker = async () => {
      while (next < SERVED - 1) {
        const index = next++;
        expect(await get(`/v1/log/${index}`)).toBe(401);
      }
    };
    await Promise.all(Array.from({ length: CONNECTIONS }, worker));
    expect(await get('/v1/log/newest')).toBe(401);

    expect(MAX_RECORDED_REQUESTS).toBe(KEPT);
    expect(emulator.requests).toHaveLength(KEPT);
    expect(emulator.requests.at(-1)?.path).toBe('/v1/log/newest');
    const kept = new Set(emulator.requests.map((recorded) => recorded.path));
    expect(kept.has('/v1/log/0')).toBe(false);
    expect(kept.has(`/v1/log/${SERVED - 2}`)).toBe(true);
    expect(emulator.requestCount).toBe(SERVED);
    const viaHttp = await countControlRequests();
    expect(viaHttp.requests).toHaveLength(KEPT);
    expect(viaHttp.requestCount).toBe(SERVED);

    emulator.reset();
    expect(emulator.requests).toHaveLength(0);
    expect(emulator.requestCount).toBe(0);
  }, 15_000);
});
