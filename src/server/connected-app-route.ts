/** Ids Stytch issues (`organization-test-…`), slugs and external ids fit this; anything else is refused. */
const ID_PATTERN = /^[A-Za-z0-9._~|-]{1,128}$/;

/** Where a request path leads. */
export type ConnectedAppRoute =
  | { kind: 'match'; organizationId: string; connectedAppId: string }
  | { kind: 'bad_id'; errorType: 'invalid_organization_id' | 'invalid_connected_app_id'; message: string }
  | { kind: 'not_found' };

function decode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/** True for an organization id, slug or external id, or a connected app id, the handler accepts. */
export function isValidId(id: string): boolean {
  return ID_PATTERN.test(id) && id !== '.' && id !== '..';
}

/** `''`, `/api/stytch/` and `api/stytch` become `''`, `/api/stytch` and `/api/stytch`. */
export function normalizeBasePath(basePath: string): string {
  const trimmed = basePath.replace(/\/+$/, '');
  return trimmed === '' || trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
}

/**
 * Matches `{basePath}/organizations/{organizationId}/connected_apps/{connectedAppId}` (ids URI-encoded)
 * and validates both ids, so nothing unexpected reaches the SDK's URL.
 */
export function matchConnectedAppRoute(pathname: string, basePath: string): ConnectedAppRoute {
  if (!pathname.startsWith(`${basePath}/organizations/`)) return { kind: 'not_found' };
  const match = /^\/organizations\/([^/]*)\/connected_apps\/([^/]*)$/.exec(pathname.slice(basePath.length));
  if (!match) return { kind: 'not_found' };
  const organizationId = decode(match[1] ?? '');
  if (organizationId === undefined || !isValidId(organizationId)) {
    return {
      kind: 'bad_id',
      errorType: 'invalid_organization_id',
      message: 'The organization id must be 1 to 128 letters, digits or the characters . _ ~ | -',
    };
  }
  const connectedAppId = decode(match[2] ?? '');
  if (connectedAppId === undefined || !isValidId(connectedAppId)) {
    return {
      kind: 'bad_id',
      errorType: 'invalid_connected_app_id',
      message: 'The connected app id must be 1 to 128 letters, digits or the characters . _ ~ | -',
    };
  }
  return { kind: 'match', organizationId, connectedAppId };
}
