import type {
  ConnectedApp,
  MemberConnectedApp,
  MembersPage,
  OrganizationConnectedApp,
  RevokeConnectedAppResult,
  ScopeDefinition,
} from '../types';

/** A Connected App in Stytch's snake_case wire format, as the endpoint answers it. */
export interface StytchConnectedAppResponse {
  status_code: 200;
  request_id?: string;
  connected_app_id: string;
  name: string;
  description: string;
  client_type: string;
  logo_url: string | null;
  active_members: Array<{ member_id: string; granted_scopes: string[] }>;
}

/**
 * The JSON Stytch sends for `app`: the inverse of `parseConnectedApp`, so a server can hand validated data
 * to a browser that parses it again. `request_id` is left out when there is none.
 */
export function toStytchResponse(
  app: ConnectedApp,
  requestId: string | undefined = app.requestId,
): StytchConnectedAppResponse {
  return {
    status_code: 200,
    ...(requestId === undefined ? {} : { request_id: requestId }),
    connected_app_id: app.connectedAppId,
    name: app.name,
    description: app.description,
    client_type: app.rawClientType,
    logo_url: app.logoUrl,
    active_members: app.activeMembers.map((member) => ({
      member_id: member.memberId,
      granted_scopes: member.grantedScopes,
    })),
  };
}

/** One item of Stytch's `connected_apps` lists: `logo_url` only when there is one. */
function appFields(app: OrganizationConnectedApp) {
  return {
    connected_app_id: app.connectedAppId,
    name: app.name,
    description: app.description,
    client_type: app.rawClientType,
    ...(app.logoUrl === null ? {} : { logo_url: app.logoUrl }),
  };
}

function withRequestId(requestId: string | undefined) {
  return { status_code: 200 as const, ...(requestId === undefined ? {} : { request_id: requestId }) };
}

/** The JSON Stytch sends for an Organization's Connected Apps: the inverse of `parseConnectedApps`. */
export function toStytchConnectedApps(apps: readonly OrganizationConnectedApp[], requestId?: string) {
  return { ...withRequestId(requestId), connected_apps: apps.map(appFields) };
}

/** The JSON Stytch sends for a Member's Connected Apps, `scopes_granted` space-separated. */
export function toStytchMemberConnectedApps(apps: readonly MemberConnectedApp[], requestId?: string) {
  return {
    ...withRequestId(requestId),
    connected_apps: apps.map((app) => ({ ...appFields(app), scopes_granted: app.scopesGranted.join(' ') })),
  };
}

/** The JSON Stytch sends for a revoke. */
export function toStytchRevokeResult(result: RevokeConnectedAppResult) {
  return withRequestId(result.requestId);
}

/** The JSON Stytch sends for a members search page. */
export function toStytchMembersPage(page: MembersPage, requestId?: string) {
  return {
    ...withRequestId(requestId),
    members: page.members.map((member) => ({
      member_id: member.memberId,
      name: member.name,
      email_address: member.emailAddress,
      status: member.status,
      roles: member.roles.map((role) => ({ role_id: role })),
    })),
    results_metadata: { total: page.members.length, next_cursor: page.nextCursor },
  };
}

/** The JSON Stytch sends for the RBAC policy, reduced to what the library reads: its custom scopes. */
export function toStytchScopePolicy(scopes: readonly ScopeDefinition[], requestId?: string) {
  return {
    ...withRequestId(requestId),
    policy: {
      scopes: scopes.map((scope) => ({
        scope: scope.scope,
        description: scope.description,
        permissions: scope.permissions.map((permission) => ({
          resource_id: permission.resourceId,
          actions: permission.actions,
        })),
      })),
    },
  };
}
