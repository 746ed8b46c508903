import { makeActiveMember, makeMembersDirectory } from '../core/samples/factories';
import {
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  fixtureScopePolicy,
  highRiskApp,
  makeLargeApp,
} from '../core/samples/fixtures';
import type { ConnectedApp } from '../core/types';
import type { EmulatorData, EmulatorSession } from './types';

const GLOBEX_ORGANIZATION_ID = 'organization-test-5b1e3c2a-9f4d-4e8b-a1c7-0d2f6e8b9a10';
const INITECH_ORGANIZATION_ID = 'organization-test-c4a7e2d9-1b3f-4a6c-8e5d-7f9a0b2c4d6e';

function globexMembers(count: number): ConnectedApp['activeMembers'] {
  const scopes = [['openid', 'email'], ['openid', 'profile', 'email', 'offline_access'], ['read:invoices']];
  return Array.from({ length: count }, (_, index) => ({
    ...makeActiveMember({ grantedScopes: [...(scopes[index % scopes.length] ?? [])] }, index),
    memberId: `member-test-9e8d7c6b-5a49-4382-9170-${index.toString(16).padStart(12, '0')}`,
  }));
}

const acmeApps = [...Object.values(fixtureApps), highRiskApp, makeLargeApp(10_000)];
const acmeMemberIds = [...new Set(acmeApps.flatMap((app) => app.activeMembers.map((member) => member.memberId)))];

/**
 * The signed-in members the default data knows: use their `sessionToken` or `sessionJwt` as
 * `X-Stytch-Member-Session` / `X-Stytch-Member-SessionJWT`.
 *
 * @example
 * client.organizations.getConnectedApp(params, { authorization: { session_token: seededSessions.acmeAdmin.sessionToken } })
 */
export const seededSessions = {
  /** An admin of Acme: allowed. */
  acmeAdmin: {
    label: 'Acme admin',
    sessionToken: 'session-token-test-acme-admin-6f1c2d3e4b5a',
    sessionJwt: 'session-jwt-test.acme-admin.6f1c2d3e4b5a',
    memberId: 'member-test-32fc5024-9c09-4da3-bd2e-000000000000',
    organizationId: FIXTURE_ORGANIZATION_ID,
    roles: ['stytch_member', 'stytch_admin'],
  },
  /** A member of Acme whose role lacks the permission: 403. */
  acmeMember: {
    label: 'Acme member without the permission',
    sessionToken: 'session-token-test-acme-member-7a8b9c0d1e2f',
    sessionJwt: 'session-jwt-test.acme-member.7a8b9c0d1e2f',
    memberId: 'member-test-32fc5024-9c09-4da3-bd2e-000000000001',
    organizationId: FIXTURE_ORGANIZATION_ID,
    roles: ['stytch_member'],
  },
  /** An auditor of Acme: may read the organization's Connected Apps, may not revoke (403). */
  acmeAuditor: {
    label: 'Acme auditor (read only)',
    sessionToken: 'session-token-test-acme-auditor-5e6f7a8b9c0d',
    sessionJwt: 'session-jwt-test.acme-auditor.5e6f7a8b9c0d',
    memberId: 'member-test-32fc5024-9c09-4da3-bd2e-000000000002',
    organizationId: FIXTURE_ORGANIZATION_ID,
    roles: ['stytch_member', 'connected_apps_auditor'],
  },
  /** An admin of Globex asking about Acme: 403. */
  globexAdmin: {
    label: 'Globex admin',
    sessionToken: 'session-token-test-globex-admin-3c4d5e6f7a8b',
    sessionJwt: 'session-jwt-test.globex-admin.3c4d5e6f7a8b',
    memberId: 'member-test-9e8d7c6b-5a49-4382-9170-000000000000',
    organizationId: GLOBEX_ORGANIZATION_ID,
    roles: ['stytch_member', 'stytch_admin'],
  },
} satisfies Record<string, EmulatorSession>;

/**
 * The emulator's default data: Acme (every fixture app, one of each client type plus an unknown type, an
 * app nobody installed and one with 10,000 members), Globex and Initech, and the {@link seededSessions}.
 * Acme answers to its id, the slug `acme` and the external id `acme-external-id`.
 *
 * @example
 * startStytchEmulator({ data: { ...defaultEmulatorData, permittedRoles: ['stytch_admin', 'auditor'] } })
 */
export const defaultEmulatorData: EmulatorData = {
  organizations: [
    {
      organizationId: FIXTURE_ORGANIZATION_ID,
      organizationSlug: 'acme',
      organizationExternalId: 'acme-external-id',
      organizationName: 'Acme Corporation',
      connectedApps: acmeApps,
      // A member who installed nothing: their page lists no apps.
      memberIds: ['member-test-0d1e2f3a-4b5c-4d6e-8f70-000000000000'],
      // Names and emails for the members search; every 97th member is missing, as one deleted long ago.
      members: makeMembersDirectory(acmeMemberIds, (index) => index % 97 === 50),
    },
    {
      organizationId: GLOBEX_ORGANIZATION_ID,
      organizationSlug: 'globex',
      organizationExternalId: 'globex-external-id',
      organizationName: 'Globex',
      connectedApps: [
        { ...fixtureApps.thirdParty, activeMembers: globexMembers(7) },
        { ...fixtureApps.firstParty, activeMembers: globexMembers(2) },
      ],
    },
    {
      organizationId: INITECH_ORGANIZATION_ID,
      organizationSlug: 'initech',
      organizationName: 'Initech',
      connectedApps: [{ ...fixtureApps.thirdPartyPublic, activeMembers: [] }],
    },
  ],
  sessions: Object.values(seededSessions),
  scopePolicy: fixtureScopePolicy,
  permittedRoles: ['stytch_admin', 'connected_apps_auditor'],
  revokeRoles: ['stytch_admin'],
};
