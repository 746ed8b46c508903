import type { ConnectedApp, ScopeDefinition } from '../types';
import { makeActiveMember, makeActiveMembers, makeConnectedApp } from './factories';

/** An organization id used by every fixture. */
export const FIXTURE_ORGANIZATION_ID = 'organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931';

/** One app of each client type, plus an unknown type, no members, and a broken logo. */
export const fixtureApps = {
  firstParty: makeConnectedApp({
    connectedAppId: 'connected-app-test-0001-first-party',
    name: 'Acme Admin Console',
    description: 'Our own back office, signing in with the organization’s accounts.',
    clientType: 'first_party',
    rawClientType: 'first_party',
    logoUrl: 'https://example.com/logos/acme.png',
    activeMembers: makeActiveMembers(3),
  }),
  firstPartyPublic: makeConnectedApp({
    connectedAppId: 'connected-app-test-0002-first-party-public',
    name: 'Acme Mobile',
    description: 'The iOS and Android app.',
    clientType: 'first_party_public',
    rawClientType: 'first_party_public',
    activeMembers: makeActiveMembers(12),
  }),
  thirdParty: makeConnectedApp({
    connectedAppId: 'connected-app-test-0003-third-party',
    name: 'Ledgerly Accounting',
    description: 'Syncs invoices with the accounting system.',
    clientType: 'third_party',
    rawClientType: 'third_party',
    activeMembers: makeActiveMembers(50),
  }),
  thirdPartyPublic: makeConnectedApp({
    connectedAppId: 'connected-app-test-d731954d-dab3-4a2b-bdee-07f3ad1be888',
    name: 'Third Party Public',
    description: 'Third Party Public App',
    clientType: 'third_party_public',
    rawClientType: 'third_party_public',
    activeMembers: makeActiveMembers(1),
  }),
  unknownType: makeConnectedApp({
    connectedAppId: 'connected-app-test-0005-unknown',
    name: 'Future Client',
    description: 'A client type this version of the library does not know yet.',
    clientType: 'unknown',
    rawClientType: 'machine_to_machine',
    activeMembers: makeActiveMembers(2),
  }),
  noMembers: makeConnectedApp({
    connectedAppId: 'connected-app-test-0006-no-members',
    name: 'Quiet Tool',
    description: 'Installed by nobody yet.',
    clientType: 'third_party',
    rawClientType: 'third_party',
    activeMembers: [],
  }),
} satisfies Record<string, ConnectedApp>;

/** An app with `count` members (10,000 for the large-list stories). */
export function makeLargeApp(count = 10_000): ConnectedApp {
  return makeConnectedApp({
    connectedAppId: `connected-app-test-large-${count}`,
    name: 'Company-wide Calendar',
    description: `Installed by ${count.toLocaleString('en-US')} members.`,
    clientType: 'third_party',
    rawClientType: 'third_party',
    activeMembers: makeActiveMembers(count),
  });
}

/** The custom scopes of a sample RBAC policy, one of each risk tier. */
export const fixtureScopePolicy: ScopeDefinition[] = [
  {
    scope: 'read:invoices',
    description: 'Read invoices and their line items.',
    permissions: [{ resourceId: 'invoice', actions: ['read'] }],
  },
  {
    scope: 'write:reports',
    description: 'Create and edit reports.',
    permissions: [{ resourceId: 'report', actions: ['create', 'update'] }],
  },
  {
    scope: 'delete:records',
    description: 'Delete customer records.',
    permissions: [{ resourceId: 'record', actions: ['read', 'delete'] }],
  },
  {
    scope: 'admin:all',
    description: 'Every action on every resource of the organization.',
    permissions: [{ resourceId: '*', actions: ['*'] }],
  },
];

/** An app holding the riskiest grants: deleting records and full administrative access. */
export const highRiskApp: ConnectedApp = makeConnectedApp({
  connectedAppId: 'connected-app-test-0007-records-cleaner',
  name: 'Records Cleaner',
  description: 'Deletes stale customer records on a schedule.',
  clientType: 'third_party',
  rawClientType: 'third_party',
  activeMembers: [0, 1, 2, 3, 4].map((index) =>
    makeActiveMember(
      { grantedScopes: index % 2 === 0 ? ['openid', 'delete:records'] : ['openid', 'admin:all', 'offline_access'] },
      index,
    ),
  ),
});
