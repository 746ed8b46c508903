import { ConnectedAppError } from './error';
import type {
  ActiveMember,
  ClientType,
  ConnectedApp,
  KnownClientType,
  MemberConnectedApp,
  OrganizationConnectedApp,
  RevokeConnectedAppResult,
} from './types';
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

function readString(body: Json, key: string, requestId?: string, at = ''): string {
  const value = body[key];
  if (typeof value !== 'string') throw invalid(`${at}${key}`, 'a string', requestId);
  return value;
}

/** The body as an object, and its `request_id` when it has one. */
function readBody(body: unknown): { body: Json; requestId: string | undefined } {
  if (!isObject(body)) throw invalid('the body', 'a JSON object');
  const requestId = typeof body.request_id === 'string' ? body.request_id : undefined;
  if (body.request_id !== undefined && requestId === undefined) throw invalid('request_id', 'a string');
  return { body, requestId };
}

/** The fields every connected app answer shares; `at` prefixes field paths in errors. */
function readApp(body: Json, requestId: string | undefined, at = ''): OrganizationConnectedApp {
  const connectedAppId = readString(body, 'connected_app_id', requestId, at);
  if (connectedAppId === '') throw invalid(`${at}connected_app_id`, 'a non-empty string', requestId);
  const name = readString(body, 'name', requestId, at);
  const description = body.description == null ? '' : readString(body, 'description', requestId, at);
  const rawClientType = readString(body, 'client_type', requestId, at);
  const logoUrl = body.logo_url == null ? null : readString(body, 'logo_url', requestId, at);
  const clientType = (KNOWN_CLIENT_TYPES.includes(rawClientType) ? rawClientType : 'unknown') as ClientType;
  return { connectedAppId, name, description, clientType, rawClientType, logoUrl };
}

/** Keeps the first of each id: ids key the rows of a list. */
function uniqueBy<T>(items: T[], id: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(id(item)) && seen.add(id(item)));
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
  // A member listed twice is one member: the first entry stands.
  return uniqueBy(members, (member) => member.memberId);
}

/** Each item of `connected_apps`, read by `read`. */
function readAppList<T extends OrganizationConnectedApp>(
  input: unknown,
  read: (item: Json, requestId: string | undefined, at: string) => T,
): T[] {
  const { body, requestId } = readBody(input);
  const list = body.connected_apps;
  if (!Array.isArray(list)) throw invalid('connected_apps', 'an array', requestId);
  const apps = list.map((item, index) => {
    const at = `connected_apps[${index}].`;
    if (!isObject(item)) throw invalid(at.slice(0, -1), 'an object', requestId);
    return read(item, requestId, at);
  });
  return uniqueBy(apps, (app) => app.connectedAppId);
}

/**
 * Validates Stytch's untrusted JSON answer and turns it into a {@link ConnectedApp}.
 * Throws a `ConnectedAppError` with code `INVALID_RESPONSE` naming the first bad field.
 * An unknown `client_type` is kept as `'unknown'`, not an error; a member listed twice is kept once (the first).
 *
 * @example
 * const app = parseConnectedApp(await response.json())
 */
export function parseConnectedApp(input: unknown): ConnectedApp {
  const { body, requestId } = readBody(input);
  const fields = readApp(body, requestId);
  const app: ConnectedApp = { ...fields, activeMembers: readMembers(body.active_members, requestId) };
  if (requestId !== undefined) app.requestId = requestId;
  return app;
}

/**
 * Validates Stytch's answer listing an Organization's Connected Apps (`connected_apps: [...]`).
 *
 * @example
 * const apps = parseConnectedApps(await response.json())
 */
export function parseConnectedApps(input: unknown): OrganizationConnectedApp[] {
  return readAppList(input, readApp);
}

/**
 * Validates Stytch's answer listing one Member's Connected Apps. Its `scopes_granted` is one
 * space-separated string (the one-app answer sends an array): split here, duplicates dropped.
 *
 * @example
 * const apps = parseMemberConnectedApps(await response.json())
 */
export function parseMemberConnectedApps(input: unknown): MemberConnectedApp[] {
  return readAppList(input, (item, requestId, at) => {
    const scopes = item.scopes_granted == null ? '' : readString(item, 'scopes_granted', requestId, at);
    return { ...readApp(item, requestId, at), scopesGranted: [...new Set(scopes.split(/\s+/).filter(Boolean))] };
  });
}

/** Validates Stytch's answer to a revoke: a JSON object, with a `request_id` when there is one. */
export function parseRevokeResult(input: unknown): RevokeConnectedAppResult {
  const { requestId } = readBody(input);
  return requestId === undefined ? {} : { requestId };
}
