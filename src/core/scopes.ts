/** A readable name and one-line explanation for a scope. */
export interface ScopeDescription {
  label: string;
  description: string;
}

/** The standard OpenID Connect scopes Stytch Connected Apps grant, in English. */
export const standardScopes: Readonly<Record<string, ScopeDescription>> = {
  openid: { label: 'Sign-in', description: 'Confirms who the member is (OpenID Connect).' },
  profile: { label: 'Profile', description: 'Reads the member’s name and profile picture.' },
  email: { label: 'Email address', description: 'Reads the member’s email address and whether it is verified.' },
  phone: { label: 'Phone number', description: 'Reads the member’s phone number and whether it is verified.' },
  offline_access: {
    label: 'Offline access',
    description: 'Keeps access while the member is away, through a refresh token.',
  },
};

/**
 * The readable name and explanation of a scope, or `undefined` for a custom scope (shown verbatim).
 * `own` is searched first, so an app can describe its custom scopes or translate the standard ones.
 * Only own properties count: a scope named `constructor` or `__proto__` is just an unknown scope.
 */
export function describeScope(
  scope: string,
  own?: Readonly<Record<string, ScopeDescription>>,
): ScopeDescription | undefined {
  if (own && Object.hasOwn(own, scope)) return own[scope];
  return Object.hasOwn(standardScopes, scope) ? standardScopes[scope] : undefined;
}

/** The scopes with duplicates removed, in first-seen order. */
export function uniqueScopes(scopes: readonly string[]): string[] {
  return [...new Set(scopes)];
}
