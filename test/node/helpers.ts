import type { StytchEmulator } from 'react-connected-apps/emulator';
import { B2BClient } from 'stytch';

/** The real SDK pointed at the emulator (its one warning about a custom `env` is expected and muted). */
export function stytchClientFor(emulator: StytchEmulator, overrides: { projectId?: string; secret?: string } = {}) {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return new B2BClient({
      project_id: overrides.projectId ?? emulator.projectId,
      secret: overrides.secret ?? emulator.secret,
      env: emulator.url,
    });
  } finally {
    console.warn = warn;
  }
}

/** Basic auth as the SDK sends it. */
export function basicAuth(projectId: string, secret: string): string {
  return `Basic ${Buffer.from(`${projectId}:${secret}`).toString('base64')}`;
}

/** The endpoint's path for a pair of ids, encoded as the SDK encodes them. */
export function endpointPath(organizationId: string, connectedAppId: string): string {
  return `v1/b2b/organizations/${encodeURIComponent(organizationId)}/connected_apps/${encodeURIComponent(connectedAppId)}`;
}
