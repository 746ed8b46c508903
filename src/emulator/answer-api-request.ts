import {
  toStytchConnectedApps,
  toStytchMemberConnectedApps,
  toStytchMembersPage,
  toStytchScopePolicy,
} from '../core/wire/connected-app-body';
import { matchRoute } from '../core/wire/routes';
import { type EmulatorAnswer, messages, stytchError, stytchJson, stytchSuccess } from './answers';
import type { RateLimiter } from './rate-limiter';
import type { EmulatorData, EmulatorOrganization } from './types';

/** What the endpoint logic needs to know about one request. */
export interface ApiRequest {
  method: string;
  /** Path without the query string, ids still encoded. */
  path: string;
  authorization: string | undefined;
  sessionToken: string | undefined;
  sessionJwt: string | undefined;
  /** The parsed JSON body, when the request had one. */
  body?: unknown;
}

/** The state the endpoint answers from. */
export interface ApiContext {
  projectId: string;
  secret: string;
  data: EmulatorData;
  rateLimiter: RateLimiter;
}

function hasValidCredentials(authorization: string | undefined, projectId: string, secret: string): boolean {
  const match = /^Basic\s+(\S+)$/i.exec(authorization ?? '');
  if (!match?.[1]) return false;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon > 0 && decoded.slice(0, colon) === projectId && decoded.slice(colon + 1) === secret;
}

/** Stytch accepts an organization's id, slug or external id in the path. */
function findOrganization(data: EmulatorData, key: string): EmulatorOrganization | undefined {
  return data.organizations.find(
    (organization) =>
      organization.organizationId === key ||
      organization.organizationSlug === key ||
      (organization.organizationExternalId !== undefined && organization.organizationExternalId === key),
  );
}

/**
 * The endpoint's rules, in Stytch's order: credentials (401), the project's rate limit (429), the route,
 * the member session when one is sent (401 unknown, 403 other organization or missing permission), then
 * the organization and the app (404). Without a session header there is no authorization check at all.
 */
export function answerApiRequest(request: ApiRequest, context: ApiContext): EmulatorAnswer {
  const { data } = context;
  if (!hasValidCredentials(request.authorization, context.projectId, context.secret)) {
    return stytchError(401, 'unauthorized_credentials', messages.unauthorized);
  }
  const limited = context.rateLimiter.take(context.projectId);
  if (!limited.allowed) {
    return stytchError(429, 'too_many_requests', messages.tooManyRequests, {
      'retry-after': String(limited.retryAfterSeconds),
    });
  }
  if (request.path === '/v1/b2b/sessions/authenticate' && request.method === 'POST') {
    return authenticate(data, request.body);
  }
  // Stytch's paths are the handler's under `/v1/b2b`; like Stytch, the emulator only needs the ids decoded.
  const route = matchRoute(request.path, '/v1/b2b', { stytch: true });
  if (route.kind === 'not_found') return stytchError(404, 'route_not_found', messages.routeNotFound);
  if (request.method !== route.method) return stytchError(405, 'method_not_allowed', messages.methodNotAllowed);
  if (route.kind === 'bad_id') return stytchError(400, 'invalid_request', 'The request path is not valid.');
  // The policy is project-wide: Stytch checks no member session for it.
  if (route.resource === 'scopePolicy') {
    return stytchJson(toStytchScopePolicy(data.scopePolicy ?? []));
  }
  const search = route.resource === 'membersSearch' ? readSearch(request.body) : undefined;
  if (search === null) return stytchError(400, 'invalid_request', 'The search body is not valid.');
  const organizationKey = route.params.organizationId ?? search?.organizationId ?? '';
  const { connectedAppId = '', memberId = '' } = route.params;
  const revokes = route.resource === 'revokeConnectedApp';

  const checksSession = request.sessionToken !== undefined || request.sessionJwt !== undefined;
  const session = checksSession
    ? data.sessions.find(
        (candidate) =>
          (request.sessionToken !== undefined && candidate.sessionToken === request.sessionToken) ||
          (request.sessionJwt !== undefined && candidate.sessionJwt === request.sessionJwt),
      )
    : undefined;
  if (checksSession && !session) return stytchError(401, 'session_not_found', messages.sessionNotFound);

  const organization = findOrganization(data, organizationKey);
  if (!organization) return stytchError(404, 'organization_not_found', messages.organizationNotFound);
  if (session) {
    if (session.organizationId !== organization.organizationId) {
      return stytchError(403, 'unauthorized_action', messages.otherOrganization);
    }
    // `get.connected-apps` to read, `revoke.connected-app` to revoke, on `stytch.member`.
    const roles = revokes
      ? (data.revokeRoles ?? data.permittedRoles)
      : search
        ? (data.searchRoles ?? data.permittedRoles)
        : data.permittedRoles;
    if (!session.roles.some((role) => roles.includes(role))) {
      return stytchError(403, 'unauthorized_action', messages.missingPermission);
    }
  }
  const apps = organization.connectedApps;
  switch (route.resource) {
    case 'membersSearch': {
      const wanted = new Set(search?.memberIds ?? []);
      const found = (organization.members ?? []).filter((member) => wanted.has(member.memberId));
      const start = Number(search?.cursor ?? 0) || 0;
      const end = start + (search?.limit ?? 100);
      return stytchJson(
        toStytchMembersPage({ members: found.slice(start, end), nextCursor: end < found.length ? String(end) : null }),
      );
    }
    case 'connectedApps':
      // The apps at least one member has installed.
      return stytchJson({
        connected_apps: toStytchConnectedApps(apps.filter((app) => app.activeMembers.length > 0)).connected_apps,
      });
    case 'memberConnectedApps': {
      if (!isKnownMember(data, organization, memberId))
        return stytchError(404, 'member_not_found', messages.memberNotFound);
      return stytchJson({
        connected_apps: toStytchMemberConnectedApps(
          apps.flatMap((app) => {
            const member = app.activeMembers.find((candidate) => candidate.memberId === memberId);
            return member ? [{ ...app, scopesGranted: member.grantedScopes }] : [];
          }),
        ).connected_apps,
      });
    }
    case 'revokeConnectedApp': {
      if (!isKnownMember(data, organization, memberId))
        return stytchError(404, 'member_not_found', messages.memberNotFound);
      const app = apps.find((candidate) => candidate.connectedAppId === connectedAppId);
      const before = app?.activeMembers.length ?? 0;
      if (app) app.activeMembers = app.activeMembers.filter((member) => member.memberId !== memberId);
      if (!app || app.activeMembers.length === before) {
        return stytchError(404, 'connected_app_not_found', messages.connectedAppNotFound);
      }
      return stytchJson({});
    }
    default: {
      const app = apps.find((candidate) => candidate.connectedAppId === connectedAppId);
      if (!app) return stytchError(404, 'connected_app_not_found', messages.connectedAppNotFound);
      return stytchSuccess(app);
    }
  }
}

/** The search body Stytch takes: `organization_ids`, a `member_ids` filter, `limit` (≤ 1,000), `cursor`. */
function readSearch(body: unknown) {
  if (typeof body !== 'object' || body === null) return null;
  const { organization_ids: organizations, query, limit, cursor } = body as Record<string, unknown>;
  if (!Array.isArray(organizations) || typeof organizations[0] !== 'string') return null;
  const operands = (query as { operands?: unknown } | undefined)?.operands;
  const filter = Array.isArray(operands)
    ? (operands as Array<{ filter_name?: unknown; filter_value?: unknown }>).find(
        (o) => o?.filter_name === 'member_ids',
      )
    : undefined;
  const memberIds = Array.isArray(filter?.filter_value)
    ? filter.filter_value.filter((id) => typeof id === 'string')
    : [];
  const size = typeof limit === 'number' && limit > 0 ? Math.min(limit, 1000) : 100;
  return {
    organizationId: organizations[0],
    memberIds: memberIds as string[],
    limit: size,
    cursor: typeof cursor === 'string' ? cursor : undefined,
  };
}

/** `POST /v1/b2b/sessions/authenticate`: 200 with the member for a known session, else 401. */
function authenticate(data: EmulatorData, body: unknown): EmulatorAnswer {
  const { session_token: token, session_jwt: jwt } = (body ?? {}) as Record<string, unknown>;
  const session = data.sessions.find(
    (candidate) =>
      (token !== undefined && candidate.sessionToken === token) || (jwt !== undefined && candidate.sessionJwt === jwt),
  );
  if (!session) return stytchError(401, 'session_not_found', messages.sessionNotFound);
  return stytchJson({
    member_id: session.memberId,
    organization_id: session.organizationId,
    session_token: session.sessionToken,
    session_jwt: session.sessionJwt,
    member_session: { member_id: session.memberId, organization_id: session.organizationId, roles: session.roles },
  });
}

/** A member of the organization: one who installed an app, or one with a session (the data's directory). */
function isKnownMember(data: EmulatorData, organization: EmulatorOrganization, memberId: string): boolean {
  return (
    (organization.memberIds ?? []).includes(memberId) ||
    (organization.members ?? []).some((member) => member.memberId === memberId) ||
    data.sessions.some(
      (session) => session.memberId === memberId && session.organizationId === organization.organizationId,
    ) ||
    organization.connectedApps.some((app) => app.activeMembers.some((member) => member.memberId === memberId))
  );
}
