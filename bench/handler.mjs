// Handler throughput: autocannon against (a) the emulator alone and (b) handler + `stytch` SDK + emulator,
// on 127.0.0.1, at the same concurrencies, runs alternating so both see the same machine noise.
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { median } from './stats.mjs';

const root = resolve(import.meta.dirname, '..');
const ORGANIZATION_ID = 'organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931';
const APP_ID = 'connected-app-test-0001-first-party';
const SESSION_TOKEN = 'session-token-test-acme-admin-6f1c2d3e4b5a';

/** Starts bench/handler-server.mjs in its own process and waits for the URL it reports. */
function startServer(args) {
  const child = fork(resolve(root, 'bench/handler-server.mjs'), args, { cwd: root, stdio: 'inherit' });
  return new Promise((done, fail) => {
    child.once('message', (info) => done({ ...info, stop: () => stop(child) }));
    child.once('exit', (code) => fail(new Error(`bench/handler-server.mjs ${args[0]} exited (${code})`)));
  });
}

function stop(child) {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

/** One autocannon run; its latencies kept to the microsecond (its own histogram rounds to whole ms). */
function load(url, headers, connections, duration) {
  return new Promise((done, fail) => {
    const latencies = [];
    const instance = autocannon({ url, headers, connections, duration, pipelining: 1 }, (error, result) =>
      error ? fail(error) : done({ ...result, latencies }),
    );
    instance.on('response', (_client, statusCode, _bytes, milliseconds) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(milliseconds);
    });
  });
}

function percentile(values, fraction) {
  const sorted = [...values].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN;
  return Math.round(value * 100) / 100;
}

/**
 * Requests per second and p50/p99 latency (ms) at each concurrency, medians of `runs` runs of `duration`
 * seconds each, for the emulator alone and through the handler; non-2xx answers, socket errors and timeouts
 * all count as errors.
 */
export async function measureHandler({ concurrencies = [1, 10, 50], runs = 3, duration = 3, log = () => {} } = {}) {
  const emulator = await startServer(['emulator']);
  const handler = await startServer(['handler', emulator.url, emulator.projectId, emulator.secret]);
  const path = `organizations/${ORGANIZATION_ID}/connected_apps/${APP_ID}`;
  const targets = {
    direct: {
      url: `${emulator.url}v1/b2b/${path}`,
      headers: {
        authorization: `Basic ${Buffer.from(`${emulator.projectId}:${emulator.secret}`).toString('base64')}`,
        'x-stytch-member-session': SESSION_TOKEN,
      },
    },
    handler: { url: `${handler.url}api/stytch/${path}`, headers: { 'x-stytch-member-session': SESSION_TOKEN } },
  };
  try {
    // Warm up both paths (JIT, connection pools) before anything is counted.
    for (const target of Object.values(targets)) await load(target.url, target.headers, 10, 1);
    const rows = [];
    for (const connections of concurrencies) {
      const samples = { direct: [], handler: [] };
      for (let run = 0; run < runs; run += 1) {
        for (const name of ['direct', 'handler']) {
          samples[name].push(await load(targets[name].url, targets[name].headers, connections, duration));
        }
      }
      const summary = (results) => ({
        requestsPerSecond: Math.round(median(results.map((result) => result.requests.average))),
        p50Ms: median(results.map((result) => percentile(result.latencies, 0.5))),
        p99Ms: median(results.map((result) => percentile(result.latencies, 0.99))),
        requests: results.reduce((sum, result) => sum + result.requests.total, 0),
        errors: results.reduce((sum, result) => sum + result.errors + result.timeouts + result.non2xx, 0),
      });
      const direct = summary(samples.direct);
      const through = summary(samples.handler);
      const row = {
        connections,
        direct,
        handler: through,
        throughputRatio: Math.round((through.requestsPerSecond / direct.requestsPerSecond) * 100) / 100,
        p50Ratio: Math.round((through.p50Ms / direct.p50Ms) * 10) / 10,
      };
      log(
        `  ${connections} connections: direct ${direct.requestsPerSecond} req/s, handler ${through.requestsPerSecond} req/s`,
      );
      rows.push(row);
    }
    return { durationSeconds: duration, runs, rows };
  } finally {
    await Promise.all([handler.stop(), emulator.stop()]);
  }
}
