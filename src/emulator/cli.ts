#!/usr/bin/env node
/// <reference types="node" />
// The emulator alone, for trying the SDK or your own server against it: `npx react-connected-apps-emulator`
// where the package is installed (the package's `bin`, built to dist/emulator-cli.js), `npm run emulator`
// in this repository. It listens on 127.0.0.1. Options come from the environment: EMULATOR_PORT (default
// 8787, 0 picks a free one), EMULATOR_PROJECT_ID, EMULATOR_SECRET.
import { startStytchEmulator } from './start-stytch-emulator';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  console.log(
    [
      'Usage: react-connected-apps-emulator',
      '',
      'Starts the Stytch API emulator (react-connected-apps/emulator) on 127.0.0.1, with its default data.',
      'Environment: EMULATOR_PORT (default 8787, 0 picks a free one),',
      '             EMULATOR_PROJECT_ID and EMULATOR_SECRET (the credentials it accepts).',
    ].join('\n'),
  );
  process.exit(0);
}

const port = Number(process.env.EMULATOR_PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`EMULATOR_PORT must be a port number, got ${process.env.EMULATOR_PORT}`);
  process.exit(1);
}

const emulator = await startStytchEmulator({
  port,
  projectId: process.env.EMULATOR_PROJECT_ID,
  secret: process.env.EMULATOR_SECRET,
});

const lines = [
  'Stytch API emulator (react-connected-apps)',
  `  url:        ${emulator.url}`,
  `  project id: ${emulator.projectId}`,
  `  secret:     ${emulator.secret}`,
  '',
  `  new B2BClient({ project_id: '${emulator.projectId}', secret: '${emulator.secret}', env: '${emulator.url}' })`,
  '',
  'Organizations (id, slug, external id -> apps):',
  ...emulator.data.organizations.map(
    (organization) =>
      `  ${organization.organizationName}: ${organization.organizationId}, ${organization.organizationSlug}` +
      `${organization.organizationExternalId ? `, ${organization.organizationExternalId}` : ''}` +
      ` -> ${organization.connectedApps.map((app) => app.connectedAppId).join(', ')}`,
  ),
  '',
  'Sessions (X-Stytch-Member-Session / X-Stytch-Member-SessionJWT):',
  ...emulator.data.sessions.map(
    (session) => `  ${session.label} [${session.roles.join(', ')}]: ${session.sessionToken} / ${session.sessionJwt}`,
  ),
  '',
  `Faults: curl -X POST -H 'content-type: application/json' -d '{"kind":"server_error","times":2}' ${emulator.url}__emulator/faults`,
  '  kinds: server_error, rate_limited (retryAfterSeconds), slow (delayMs), malformed_json, html_502, connection_reset',
  'Press Ctrl+C to stop.',
];
console.log(lines.join('\n'));

const shutdown = () => {
  emulator.stop().then(() => process.exit(0));
};
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);
