import { ConnectedAppError, type ConnectedAppErrorInit } from '../error';
import type { ConnectedAppErrorCode } from '../error-codes';
import type { ActiveMember, ConnectedApp, OrganizationMember } from '../types';

/** A Connected App with sensible defaults; override any field. */
export function makeConnectedApp(overrides: Partial<ConnectedApp> = {}): ConnectedApp {
  const clientType = overrides.clientType ?? 'third_party_public';
  return {
    connectedAppId: 'connected-app-test-d731954d-dab3-4a2b-bdee-07f3ad1be888',
    name: 'Third Party Public',
    description: 'Third Party Public App',
    clientType,
    rawClientType: clientType === 'unknown' ? 'unknown' : clientType,
    logoUrl: null,
    activeMembers: [makeActiveMember()],
    ...overrides,
  };
}

/** One active member; `index` makes a distinct, stable id. */
export function makeActiveMember(overrides: Partial<ActiveMember> = {}, index = 0): ActiveMember {
  const suffix = index.toString(16).padStart(12, '0');
  return {
    memberId: `member-test-32fc5024-9c09-4da3-bd2e-${suffix}`,
    grantedScopes: ['openid', 'profile', 'email'],
    ...overrides,
  };
}

const SCOPE_SETS: readonly string[][] = [
  ['openid', 'profile', 'email'],
  ['openid', 'email'],
  ['openid', 'profile', 'email', 'phone', 'offline_access'],
  ['openid', 'read:invoices'],
  ['openid', 'profile', 'write:reports', 'offline_access'],
];

/** `count` members with distinct ids and a varied, repeating mix of scopes. */
export function makeActiveMembers(count: number): ActiveMember[] {
  return Array.from({ length: count }, (_, index) =>
    makeActiveMember({ grantedScopes: [...(SCOPE_SETS[index % SCOPE_SETS.length] ?? [])] }, index),
  );
}

/** A `ConnectedAppError` as the transports make it for `code`, with a request id. */
export function makeConnectedAppError(
  code: ConnectedAppErrorCode,
  overrides: Partial<ConnectedAppErrorInit> = {},
): ConnectedAppError {
  return new ConnectedAppError({ ...defaultErrorFields(code), ...overrides, code });
}

const STATUS: Record<ConnectedAppErrorCode, [number | undefined, string | undefined, string]> = {
  BAD_REQUEST: [400, 'invalid_connected_app_id', 'The connected app id is invalid.'],
  UNAUTHORIZED: [401, 'unauthorized_credentials', 'Unauthorized credentials.'],
  FORBIDDEN: [403, 'unauthorized_action', 'The member is not authorized to perform this action.'],
  NOT_FOUND: [404, 'connected_app_not_found', 'Connected app could not be found.'],
  RATE_LIMITED: [429, 'too_many_requests', 'Too many requests have been made.'],
  SERVER: [500, 'internal_server_error', 'Oops, something seems to have gone wrong.'],
  NETWORK: [undefined, undefined, 'The request could not reach the server'],
  TIMEOUT: [504, 'upstream_timeout', 'Stytch did not answer in time.'],
  INVALID_RESPONSE: [200, undefined, 'Invalid connected app response: name must be a string'],
};

function defaultErrorFields(code: ConnectedAppErrorCode): Partial<ConnectedAppErrorInit> {
  const [status, errorType, errorMessage] = STATUS[code];
  const fromStytch = errorType !== undefined;
  return {
    status,
    errorType,
    errorMessage: fromStytch ? errorMessage : undefined,
    message: errorMessage,
    requestId: fromStytch ? 'request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141' : undefined,
    errorUrl: status && fromStytch ? `https://stytch.com/docs/api/errors/${status}` : undefined,
    retryAfterMs: code === 'RATE_LIMITED' ? 2000 : undefined,
  };
}

const FIRST_NAMES = ['Ada', 'Grace', 'Alan', 'Katherine', 'Linus', 'Margaret', 'Dennis', 'Barbara', 'Ken', 'Frances'];
const LAST_NAMES = ['Lovelace', 'Hopper', 'Turing', 'Johnson', 'Torvalds', 'Hamilton', 'Ritchie', 'Liskov', 'Thompson'];

/** A stable status for the `index`-th member: mostly active, some deleted, invited or pending. */
function statusOf(index: number): string {
  if (index % 23 === 7) return 'deleted';
  if (index % 31 === 11) return 'invited';
  if (index % 37 === 13) return 'pending';
  return 'active';
}

/**
 * A member of the directory the members search answers from; `index` gives a distinct, stable name and
 * email (and now and then a status other than active).
 */
export function makeOrganizationMember(overrides: Partial<OrganizationMember> = {}, index = 0): OrganizationMember {
  const first = FIRST_NAMES[index % FIRST_NAMES.length] ?? 'Ada';
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length] ?? 'Lovelace';
  return {
    memberId: makeActiveMember({}, index).memberId,
    name: `${first} ${last}`,
    emailAddress: `${first}.${last}.${index}@acme.example`.toLowerCase(),
    status: statusOf(index),
    roles: ['stytch_member'],
    ...overrides,
  };
}

/**
 * A directory for these member ids, in order; `missing(index)` leaves some out, so a view shows their id
 * with a "not found" mark.
 */
export function makeMembersDirectory(
  memberIds: readonly string[],
  missing: (index: number) => boolean = () => false,
): OrganizationMember[] {
  return memberIds.flatMap((memberId, index) => (missing(index) ? [] : [makeOrganizationMember({ memberId }, index)]));
}
