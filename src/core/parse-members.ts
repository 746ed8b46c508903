import { ConnectedAppError } from './error';
import type { MembersPage, OrganizationMember, ScopeDefinition, ScopePermission } from './types';
import { isPlainObject } from './wire/json';

type Json = Record<string, unknown>;

function invalid(path: string, expected: string): ConnectedAppError {
  return new ConnectedAppError({ code: 'INVALID_RESPONSE', message: `Invalid response: ${path} must be ${expected}` });
}

function list(body: Json, key: string, at: string): unknown[] {
  const value = body[key];
  if (!Array.isArray(value)) throw invalid(`${at}${key}`, 'an array');
  return value;
}

function text(body: Json, key: string, at: string, optional = false): string {
  const value = body[key];
  if (optional && value == null) return '';
  if (typeof value !== 'string') throw invalid(`${at}${key}`, 'a string');
  return value;
}

function object(value: unknown, at: string): Json {
  if (!isPlainObject(value)) throw invalid(at || 'the body', 'a JSON object');
  return value;
}

/** A role as Stytch sends it (`{ role_id }`) or as a plain id. */
function roleId(role: unknown, at: string): string {
  if (typeof role === 'string') return role;
  return text(object(role, at), 'role_id', `${at}.`);
}

/**
 * Validates a page of Stytch's members search (`members: [{ member_id, name, email_address, status,
 * roles }]`, `results_metadata.next_cursor`). A member listed twice is kept once.
 *
 * @example
 * const { members, nextCursor } = parseMembersPage(await response.json())
 */
export function parseMembersPage(input: unknown): MembersPage {
  const body = object(input, '');
  const seen = new Set<string>();
  const members = list(body, 'members', '').flatMap((item, index): OrganizationMember[] => {
    const at = `members[${index}].`;
    const member = object(item, at.slice(0, -1));
    const memberId = text(member, 'member_id', at);
    if (memberId === '') throw invalid(`${at}member_id`, 'a non-empty string');
    const roles =
      member.roles == null ? [] : list(member, 'roles', at).map((role, n) => roleId(role, `${at}roles[${n}]`));
    if (seen.has(memberId)) return [];
    seen.add(memberId);
    return [
      {
        memberId,
        name: text(member, 'name', at, true),
        emailAddress: text(member, 'email_address', at, true),
        status: text(member, 'status', at, true) || 'active',
        roles,
      },
    ];
  });
  const metadata = body.results_metadata == null ? {} : object(body.results_metadata, 'results_metadata');
  const cursor = metadata.next_cursor;
  if (cursor != null && typeof cursor !== 'string') throw invalid('results_metadata.next_cursor', 'a string');
  return { members, nextCursor: cursor ? cursor : null };
}

/**
 * Validates Stytch's RBAC policy and returns its custom scopes (`policy.scopes: [{ scope, description,
 * permissions: [{ resource_id, actions }] }]`).
 *
 * @example
 * const scopes = parseScopePolicy(await response.json())
 */
export function parseScopePolicy(input: unknown): ScopeDefinition[] {
  const policy = object(object(input, '').policy, 'policy');
  if (policy.scopes == null) return [];
  return list(policy, 'scopes', 'policy.').map((item, index) => {
    const at = `policy.scopes[${index}].`;
    const scope = object(item, at.slice(0, -1));
    const permissions = (scope.permissions == null ? [] : list(scope, 'permissions', at)).map(
      (entry, n): ScopePermission => {
        const where = `${at}permissions[${n}].`;
        const permission = object(entry, where.slice(0, -1));
        const actions = list(permission, 'actions', where).map((action, a) => {
          if (typeof action !== 'string') throw invalid(`${where}actions[${a}]`, 'a string');
          return action;
        });
        return { resourceId: text(permission, 'resource_id', where), actions };
      },
    );
    return { scope: text(scope, 'scope', at), description: text(scope, 'description', at, true), permissions };
  });
}
