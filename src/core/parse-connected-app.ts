import { ConnectedAppError } from './error';
import type { ActiveMember, ClientType, ConnectedApp, KnownClientType } from './types';
import { isPlainObject as isObject } from './wire/json';

const KNOWN_CLIENT_TYPES: readonly string[] = [
  'first_party',
  'first_party_public',
  'third_party',
  'third_party_public',
] satisfies KnownClientType[];

type Json = Record<string, unknown>;

function invalid(path: string, expected: string, requestId?: string): ConnectedAppError {
  return new ConnectedAppError({
    code: 'INVALID_RESPONSE',
    message: `Invalid connected app response: ${path} must be ${expected}`,
    requestId,
  });
}

function readString(body: Json, key: string, requestId?: string): string {
  const value = body[key];
  if (typeof value !== 'string') throw invalid(key, 'a string', requestId);
  return value;
}

function readMembers(value: unknown, requestId?: string): ActiveMember[] {
  if (!Array.isArray(value)) throw invalid('active_members', 'an array', requestId);
  const members = value.map((member, index): ActiveMember => {
    const at = `active_members[${index}]`;
    if (!isObject(member)) throw invalid(at, 'an object', requestId);
    const memberId = member.member_id;
    if (typeof memberId !== 'string' || memberId === '') throw invalid(`${at}.member_id`, 'a string', requestId);
    const scopes = member.granted_scopes ?? [];
    if (!Array.isArray(scopes)) throw invalid(`${at}.granted_scopes`, 'an array', requestId);
    scopes.forEach((scope, scopeIndex) => {
      if (typeof scope !== 'string') throw invalid(`${at}.granted_scopes[${scopeIndex}]`, 'a string', requestId);
    });
    return { memberId, grantedScopes: scopes as string[] };
  });
  // A member listed twice is one member: the first entry stands (ids key the rows of a list).
  const seen = new Set<string>();
  return members.filter((member) => !seen.has(member.memberId) && seen.add(member.memberId));
}

/**
 * Validates Stytch's untrusted JSON answer and turns it into a {@link ConnectedApp}.
 * Throws a `ConnectedAppError` with code `INVALID_RESPONSE` naming the first bad field.
 * An unknown `client_type` is kept as `'unknown'`, not an error; a member listed twice is kept once (the first).
 *
 * @example
 * const app = parseConnectedApp(await response.json())
 */
export function parseConnectedApp(body: unknown): ConnectedApp {
  if (!isObject(body)) throw invalid('the body', 'a JSON object');
  const requestId = typeof body.request_id === 'string' ? body.request_id : undefined;
  if (body.request_id !== undefined && requestId === undefined) throw invalid('request_id', 'a string');
  const connectedAppId = readString(body, 'connected_app_id', requestId);
  if (connectedAppId === '') throw invalid('connected_app_id', 'a non-empty string', requestId);
  const name = readString(body, 'name', requestId);
  const description = body.description == null ? '' : readString(body, 'description', requestId);
  const rawClientType = readString(body, 'client_type', requestId);
  const logoUrl = body.logo_url == null ? null : readString(body, 'logo_url', requestId);
  const activeMembers = readMembers(body.active_members, requestId);
  const clientType = (KNOWN_CLIENT_TYPES.includes(rawClientType) ? rawClientType : 'unknown') as ClientType;
  const app: ConnectedApp = { connectedAppId, name, description, clientType, rawClientType, logoUrl, activeMembers };
  if (requestId !== undefined) app.requestId = requestId;
  return app;
}
