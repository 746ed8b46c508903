import { B2BClient } from 'stytch';
import { Agent } from 'undici';

let client: B2BClient | undefined;

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: see examples/nextjs/README.md`);
  return value;
}

/**
 * The Stytch client, created on first use and not when the module loads: `next build` loads route modules,
 * and `new B2BClient` throws without a project id, so a build without the secrets (a CI) would fail.
 */
export function stytchClient(): B2BClient {
  client ??= new B2BClient({
    project_id: required('STYTCH_PROJECT_ID'),
    secret: required('STYTCH_SECRET'),
    // The emulator's address (`npm run emulator` prints it). Unset, the SDK calls Stytch's test or live API,
    // as the project id says.
    ...(process.env.STYTCH_ENV_URL ? { env: process.env.STYTCH_ENV_URL } : {}),
    // The SDK cannot be cancelled and its own `timeout` has no visible effect: these end a hung connection.
    dispatcher: new Agent({ headersTimeout: 10_000, bodyTimeout: 10_000 }),
  });
  return client;
}
