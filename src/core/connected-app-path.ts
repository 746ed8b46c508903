import { ConnectedAppError } from './error';

function segment(value: string, what: string): string {
  // "." and ".." would be resolved away by any URL parser, whatever their encoding, and so reach another path.
  if (value === '.' || value === '..') {
    throw new ConnectedAppError({ code: 'BAD_REQUEST', message: `The ${what} "${value}" is not a valid id` });
  }
  return encodeURIComponent(value);
}

/**
 * `/organizations/{organizationId}/connected_apps/{connectedAppId}` with each id encoded as one path
 * segment, so an id holding `/`, `?`, `#` or spaces can never address another resource.
 */
export function connectedAppPath(organizationId: string, connectedAppId: string): string {
  return `/organizations/${segment(organizationId, 'organization id')}/connected_apps/${segment(connectedAppId, 'connected app id')}`;
}

/** True when an id is missing or blank: the hook then stays idle and sends nothing. */
export function isBlankId(id: string | null | undefined): id is null | undefined | '' {
  return typeof id !== 'string' || id.trim() === '';
}
