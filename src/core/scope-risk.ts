import type { ScopeDefinition } from './types';

/**
 * How much a granted scope lets an app do:
 * - `high`: deletes, or holds a wildcard (`*`) action or resource;
 * - `medium`: creates, updates or writes;
 * - `long-lived`: `offline_access`, access that outlives the member's session (a refresh token);
 * - `low`: reads only, or an OpenID Connect identity scope (`openid`, `profile`, `email`, `phone`);
 * - `unknown`: a custom scope the RBAC policy does not describe.
 */
export type ScopeRisk = 'high' | 'medium' | 'long-lived' | 'low' | 'unknown';

const IDENTITY_SCOPES = ['openid', 'profile', 'email', 'phone'];
const WRITE_ACTIONS = /^(create|update|write|edit|add|set|modify|manage)\b|:(create|update|write)$/i;
const DELETE_ACTIONS = /delete|remove|destroy|revoke/i;

/**
 * The risk tier of `scope`, computed from the permissions its RBAC `definition` grants.
 *
 * @example
 * scopeRisk('read:invoices', { scope: 'read:invoices', description: '', permissions: [{ resourceId: 'invoice', actions: ['read'] }] }) // 'low'
 */
export function scopeRisk(scope: string, definition?: ScopeDefinition): ScopeRisk {
  if (scope === 'offline_access') return 'long-lived';
  if (IDENTITY_SCOPES.includes(scope)) return 'low';
  if (!definition) return 'unknown';
  const permissions = definition.permissions;
  if (permissions.some((p) => p.resourceId === '*' || p.actions.some((a) => a === '*' || DELETE_ACTIONS.test(a)))) {
    return 'high';
  }
  if (permissions.some((p) => p.actions.some((a) => WRITE_ACTIONS.test(a)))) return 'medium';
  return 'low';
}

/** Tiers from most to least risky, for sorting and for "the highest risk a member holds". */
export const SCOPE_RISK_ORDER: readonly ScopeRisk[] = ['high', 'medium', 'long-lived', 'unknown', 'low'];
