// Checks the built package in a React Server Component (run after `npm run build`), as Next.js's App Router
// meets it: the pure helpers of 'react-connected-apps' (connectedAppKey for SWR's `fallback`,
// parseConnectedApp, ConnectedAppError, en, formatMessage...) run on the server, while the components and
// hooks stay on the client. A child Node process plays the RSC bundler:
// - `--conditions=react-server`, so `react` (and swr) resolve to their react-server builds, where
//   createContext, useState and the like do not exist: a module evaluated on the server that needs them fails;
// - module hooks (scripts/rsc-client-references.mjs) replace every module that begins with 'use client' by
//   client references, never evaluated, as the bundler does;
// - `import('react-connected-apps')` goes through the package's own "exports" (a package may import itself
//   by name), as an app's import does.
// A second child imports the same build with default conditions and no hooks (the client build) for the
// values the server must agree with. Prints one ok/FAIL line per check and exits 1 when one fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { createChecklist } from './checklist.mjs';

const root = resolve(import.meta.dirname, '..');

/** Pure exports a Server Component must be able to call: evaluated on the server, not client references. */
const SERVER_USABLE = [
  'connectedAppKey',
  'isConnectedAppKey',
  'parseConnectedApp',
  'ConnectedAppError',
  'isConnectedAppError',
  'toConnectedAppError',
  'ConnectedAppErrorCode',
  'en',
  'formatMessage',
  'formatPlural',
];
/** Components and hooks: client references on the server. */
const CLIENT_ONLY = ['ConnectedAppPanel', 'ConnectedAppsProvider', 'useConnectedApp', 'useMessages'];

/** A Stytch answer for one Connected App, as the server would pass it to parseConnectedApp. */
const BODY = {
  request_id: 'request-rsc',
  connected_app_id: 'connected-app-test-rsc',
  name: 'Ledgerly',
  description: 'Books',
  client_type: 'third_party',
  logo_url: null,
  active_members: [{ member_id: 'member-test-1', granted_scopes: ['openid', 'read:invoices'] }],
};

if (process.argv[2] === '--probe') {
  process.stdout.write(JSON.stringify(await probe(process.argv[3] === 'rsc')));
} else {
  main();
}

/** In the child: imports the package and reports what it finds, as JSON. */
async function probe(asServer) {
  if (asServer) {
    const { register } = await import('node:module');
    register('./rsc-client-references.mjs', import.meta.url);
  }
  const { STUBBED } = await import('./rsc-client-references.mjs');
  const attempt = async (run) => {
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      return { ok: false, error: String(error), stack: String(error?.stack ?? error) };
    }
  };
  const isClientReference = (value) =>
    typeof value === 'object' && value !== null && value.$$typeof === Symbol.for('react.client.reference');
  const kind = (value) => (isClientReference(value) ? 'client reference' : typeof value);

  const react = await import('react');
  const report = {
    reactHasCreateContext: typeof react.createContext === 'function',
    reactHasUseState: typeof react.useState === 'function',
  };
  const imported = await attempt(() => import('react-connected-apps'));
  report.imported = imported.ok || imported.stack;
  if (imported.ok) {
    const m = imported.value;
    report.kinds = Object.fromEntries(Object.keys(m).map((name) => [name, kind(m[name])]));
    report.key = await attempt(() => m.connectedAppKey('org', 'app'));
    report.isKey = await attempt(() => m.isConnectedAppKey(m.connectedAppKey('org', 'app')));
    report.parsed = await attempt(() => m.parseConnectedApp(BODY));
    report.error = await attempt(() => {
      const error = new m.ConnectedAppError({ code: 'NOT_FOUND' });
      return {
        code: error.code,
        recognized: m.isConnectedAppError(error),
        isError: error instanceof Error,
        plainRecognized: m.isConnectedAppError(new Error('x')),
      };
    });
    report.codes = await attempt(() => m.ConnectedAppErrorCode);
    report.messages = await attempt(() => ({
      locale: m.en.locale,
      formatted: m.formatMessage('{count} members of {org}', { count: 3, org: 'Acme' }),
    }));
  }
  // The other entries a server may import: the server helpers and the French catalogue.
  report.serverEntry = (await attempt(() => import('react-connected-apps/server'))).ok;
  report.frEntry = (await attempt(async () => (await import('react-connected-apps/locales/fr')).fr.locale)).value;
  report.stubbed = (globalThis[Symbol.for(STUBBED)] ?? []).map((url) => relative(root, fileURLToPath(url))).sort();
  return report;
}

function runProbe(asServer) {
  const args = [
    ...(asServer ? ['--conditions=react-server'] : []),
    fileURLToPath(import.meta.url),
    '--probe',
    asServer ? 'rsc' : 'client',
  ];
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  try {
    return JSON.parse(child.stdout);
  } catch {
    console.error(
      `probe (${asServer ? 'react-server' : 'default'} conditions) failed:\n${child.stdout}${child.stderr}`,
    );
    process.exit(1);
  }
}

function main() {
  const { check, failures } = createChecklist();
  if (!existsSync(resolve(root, 'dist/index.js'))) {
    console.error('dist/index.js is missing: run `npm run build` first');
    process.exit(1);
  }
  const client = runProbe(false);
  const server = runProbe(true);
  const value = (result) => (result?.ok ? result.value : result?.error);

  check(
    !server.reactHasCreateContext && !server.reactHasUseState && client.reactHasUseState,
    "with --conditions=react-server, 'react' is its server build (no createContext, no useState)",
  );
  check(client.imported === true, "the client build imports 'react-connected-apps'", client.imported);
  check(
    server.imported === true,
    "a Server Component imports 'react-connected-apps' (no module needing client React is evaluated)",
    server.imported,
  );
  if (client.imported !== true || server.imported !== true) return finish(failures);

  const dist = server.stubbed.filter((file) => file.startsWith('dist/'));
  check(dist.length > 0, `client modules of dist/ stay on the client: ${dist.join(', ') || 'none'}`);
  check(!server.stubbed.includes('dist/index.js'), "dist/index.js is evaluated on the server (it has no 'use client')");
  check(
    isDeepStrictEqual(Object.keys(server.kinds), Object.keys(client.kinds)),
    `the server sees the same ${Object.keys(client.kinds).length} exports as the client`,
  );
  const wrongServer = SERVER_USABLE.filter(
    (name) => server.kinds[name] !== client.kinds[name] || server.kinds[name] === 'client reference',
  ).map((name) => `${name}: ${server.kinds[name]} on the server, ${client.kinds[name]} on the client`);
  check(
    wrongServer.length === 0,
    `pure helpers run on the server: ${SERVER_USABLE.join(', ')}`,
    wrongServer.join('\n'),
  );
  const wrongClient = CLIENT_ONLY.filter(
    (name) => server.kinds[name] !== 'client reference' || client.kinds[name] === 'client reference',
  ).map((name) => `${name}: ${server.kinds[name]} on the server, ${client.kinds[name]} on the client`);
  check(
    wrongClient.length === 0,
    `components and hooks are client references on the server: ${CLIENT_ONLY.join(', ')}`,
    wrongClient.join('\n'),
  );
  // Every export is either evaluated on the server as on the client, or a client reference.
  const mismatched = Object.entries(server.kinds)
    .filter(([name, kind]) => kind !== 'client reference' && kind !== client.kinds[name])
    .map(([name, kind]) => `${name}: ${kind} on the server, ${client.kinds[name]} on the client`);
  check(mismatched.length === 0, 'every other export is a client reference or the same as on the client', mismatched);
  const references = Object.keys(server.kinds).filter((name) => server.kinds[name] === 'client reference');
  console.log(`     client references: ${references.join(', ')}`);

  check(
    server.key.ok && typeof server.key.value === 'string' && server.key.value === value(client.key),
    `connectedAppKey('org', 'app') on the server is the client's key (${JSON.stringify(value(server.key))})`,
    `client: ${JSON.stringify(value(client.key))}`,
  );
  check(server.isKey.ok && server.isKey.value === true, 'isConnectedAppKey recognizes it', value(server.isKey));
  check(
    server.parsed.ok &&
      server.parsed.value.connectedAppId === BODY.connected_app_id &&
      server.parsed.value.activeMembers.length === 1 &&
      isDeepStrictEqual(server.parsed.value, value(client.parsed)),
    'parseConnectedApp parses a valid body on the server, as on the client',
    JSON.stringify(value(server.parsed)),
  );
  check(
    isDeepStrictEqual(value(server.error), {
      code: 'NOT_FOUND',
      recognized: true,
      isError: true,
      plainRecognized: false,
    }),
    "new ConnectedAppError({ code: 'NOT_FOUND' }) works on the server and isConnectedAppError recognizes it",
    JSON.stringify(value(server.error)),
  );
  check(
    server.codes.ok && server.codes.value?.NOT_FOUND === 'NOT_FOUND' && isDeepStrictEqual(server.codes, client.codes),
    'ConnectedAppErrorCode holds the error codes on the server',
    JSON.stringify(value(server.codes)),
  );
  check(
    server.messages.ok && isDeepStrictEqual(server.messages, client.messages) && server.messages.value.locale === 'en',
    `en and formatMessage work on the server (${JSON.stringify(value(server.messages)?.formatted)})`,
    JSON.stringify(value(server.messages)),
  );
  check(
    server.serverEntry && server.frEntry === 'fr',
    "'react-connected-apps/server' and '/locales/fr' import on the server",
  );
  finish(failures);
}

function finish(failures) {
  if (failures.length > 0) {
    console.error(`\n${failures.length} server component check(s) failed`);
    process.exit(1);
  }
  console.log('\nserver component checks passed');
}
