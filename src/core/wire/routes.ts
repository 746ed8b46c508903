import { ConnectedAppError } from '../error';
import { isValidId } from './ids';
import { decodeSegment } from './json';

/**
 * Every resource the library reads or changes: its method and path, the same under the handler's
 * `basePath` and under Stytch's `/v1/b2b`. The browser builds paths from this table; the handler and the
 * emulator match them against it. Adding a resource is one entry here plus its parser.
 */
export const routes = {
  connectedApps: { method: 'GET', path: '/organizations/:organizationId/connected_apps' },
  connectedApp: { method: 'GET', path: '/organizations/:organizationId/connected_apps/:connectedAppId' },
  memberConnectedApps: { method: 'GET', path: '/organizations/:organizationId/members/:memberId/connected_apps' },
  revokeConnectedApp: {
    method: 'POST',
    path: '/organizations/:organizationId/members/:memberId/connected_apps/:connectedAppId/revoke',
  },
  // A read, but the ids (up to 1,000) travel in a JSON body. Stytch's own path names no organization.
  membersSearch: {
    method: 'POST',
    path: '/organizations/:organizationId/members/search',
    stytchPath: '/organizations/members/search',
  },
  scopePolicy: { method: 'GET', path: '/rbac/policy' },
} as const;

type Route = { method: string; path: string; stytchPath?: string };

export type Resource = keyof typeof routes;

type ParamsOf<Path extends string> = Path extends `${string}:${infer Name}/${infer Rest}`
  ? { [K in Name]: string } & ParamsOf<`/${Rest}`>
  : Path extends `${string}:${infer Name}`
    ? { [K in Name]: string }
    : unknown;

/** The ids a resource's path holds, e.g. `{ organizationId, connectedAppId }`. */
export type RouteParams<R extends Resource> = ParamsOf<(typeof routes)[R]['path']>;

/** Stytch's parameter name for a param: `organizationId` → `organization_id`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A readable name for a param: `connectedAppId` → `connected app id`. */
function spoken(name: string): string {
  return snakeCase(name).replace(/_/g, ' ');
}

/**
 * The path of `resource` with each id validated and encoded as one path segment, so an id holding `/`, `?`,
 * `#` or spaces can never address another resource. Throws a BAD_REQUEST `ConnectedAppError` for an id the
 * handler would refuse, before any request is sent.
 */
export function buildPath<R extends Resource>(resource: R, params: RouteParams<R>): string {
  const values = params as Record<string, string>;
  return routes[resource].path.replace(/:(\w+)/g, (_match, name: string) => {
    const value = values[name] ?? '';
    if (!isValidId(value)) {
      throw new ConnectedAppError({
        code: 'BAD_REQUEST',
        message: `The ${spoken(name)} "${value}" is not a valid id`,
        errorType: `invalid_${snakeCase(name)}`,
      });
    }
    return encodeURIComponent(value);
  });
}

/** Where a request path leads. */
export type RouteMatch =
  | { kind: 'match'; resource: Resource; method: string; params: Record<string, string> }
  | { kind: 'bad_id'; method: string; errorType: string; message: string }
  | { kind: 'not_found' };

/**
 * Matches `pathname` (ids still encoded, `prefix` such as the handler's `basePath` or `/v1/b2b` before it)
 * against the table. The handler applies the id rule; with `stytch: true` (the emulator) Stytch's own
 * paths are matched and, as in Stytch, the ids only need to decode.
 */
export function matchRoute(pathname: string, prefix = '', { stytch = false } = {}): RouteMatch {
  const validateIds = !stytch;
  if (!pathname.startsWith(`${prefix}/`)) return { kind: 'not_found' };
  const segments = pathname.slice(prefix.length).split('/');
  for (const [resource, route] of Object.entries(routes) as Array<[Resource, Route]>) {
    // The emulator (no id rule) answers Stytch's paths; the handler and the browser use the library's.
    const pattern = ((stytch && route.stytchPath) || route.path).split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    let bad: RouteMatch | undefined;
    let matched = true;
    pattern.forEach((part, index) => {
      const segment = segments[index] ?? '';
      if (!part.startsWith(':')) {
        matched &&= part === segment;
        return;
      }
      const name = part.slice(1);
      // Without the id rule (the emulator), an empty segment is no id at all, as in Stytch's router.
      if (!validateIds && segment === '') matched = false;
      const value = decodeSegment(segment);
      if (bad === undefined && (value === undefined || (validateIds && !isValidId(value)))) {
        bad = {
          kind: 'bad_id',
          method: route.method,
          errorType: `invalid_${snakeCase(name)}`,
          message: `The ${spoken(name)} must be 1 to 128 letters, digits or the characters . _ ~ | -`,
        };
      }
      params[name] = value ?? '';
    });
    if (!matched) continue;
    return bad ?? { kind: 'match', resource, method: route.method, params };
  }
  return { kind: 'not_found' };
}

/**
 * `/organizations/{organizationId}/connected_apps/{connectedAppId}`, each id validated and encoded as one
 * path segment (see {@link buildPath}).
 */
export function connectedAppPath(organizationId: string, connectedAppId: string): string {
  return buildPath('connectedApp', { organizationId, connectedAppId });
}
