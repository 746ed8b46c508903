import { matchRoute } from '../core/wire/routes';
import { type EmulatorAnswer, messages, stytchError, stytchSuccess } from './answers';
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
  // Stytch's paths are the handler's under `/v1/b2b`; like Stytch, the emulator only needs the ids decoded.
  const route = matchRoute(request.path, '/v1/b2b', false);
  if (route.kind === 'not_found') return stytchError(404, 'route_not_found', messages.routeNotFound);
  if (request.method !== route.method) return stytchError(405, 'method_not_allowed', messages.methodNotAllowed);
  if (route.kind === 'bad_id') return stytchError(400, 'invalid_request', 'The request path is not valid.');
  const { organizationId: organizationKey = '', connectedAppId = '' } = route.params;

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
    if (!session.roles.some((role) => data.permittedRoles.includes(role))) {
      return stytchError(403, 'unauthorized_action', messages.missingPermission);
    }
  }
  const app = organization.connectedApps.find((candidate) => candidate.connectedAppId === connectedAppId);
  if (!app) return stytchError(404, 'connected_app_not_found', messages.connectedAppNotFound);
  return stytchSuccess(app);
}
