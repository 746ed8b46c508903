/** The four client types Stytch documents for a Connected App. */
export type KnownClientType = 'first_party' | 'first_party_public' | 'third_party' | 'third_party_public';

/**
 * A Connected App's client type. A value Stytch adds later is kept as `'unknown'` (the raw string sits in
 * {@link ConnectedApp.rawClientType}) rather than failing the whole response.
 */
export type ClientType = KnownClientType | 'unknown';

/** One Member of the Organization who has the app installed. */
export interface ActiveMember {
  /** Stytch's member id, e.g. `member-test-32fc…`. */
  memberId: string;
  /** Scopes granted at the completion of the member's last authorization flow, as Stytch sent them. */
  grantedScopes: string[];
}

/**
 * One Connected App of one Organization, validated and normalized from Stytch's
 * "Get Connected App for Organization" response. Plain JSON data: safe to serialize for SSR `fallback`.
 */
export interface ConnectedApp extends OrganizationConnectedApp {
  activeMembers: ActiveMember[];
  /** Stytch's `request_id` of the answer this data came from, when it had one. */
  requestId?: string;
}

/** What a transport is asked for. */
export interface ConnectedAppRequest {
  /** The organization's id, slug or external id. */
  organizationId: string;
  connectedAppId: string;
  /** Aborted when the caller no longer wants the answer. */
  signal?: AbortSignal;
}

/** One Connected App of an Organization's list: an app at least one of its members has installed. */
export interface OrganizationConnectedApp {
  connectedAppId: string;
  name: string;
  /** Empty string when Stytch sent none. */
  description: string;
  clientType: ClientType;
  /** The client type exactly as Stytch sent it (differs from `clientType` only when that is `'unknown'`). */
  rawClientType: string;
  /** `null` when Stytch sent `null` or nothing. Not checked for a safe scheme: components do that. */
  logoUrl: string | null;
}

/** One Connected App a Member has installed, with the scopes they granted at their last authorization. */
export interface MemberConnectedApp extends OrganizationConnectedApp {
  /** Stytch sends them as one space-separated string; here split, without duplicates. */
  scopesGranted: string[];
}

/** What a transport is asked for a list of an Organization's Connected Apps. */
export interface ConnectedAppsRequest {
  organizationId: string;
  signal?: AbortSignal;
}

/** What a transport is asked for one Member's Connected Apps. */
export interface MemberConnectedAppsRequest {
  organizationId: string;
  memberId: string;
  signal?: AbortSignal;
}

/** What a transport is asked to revoke: one Member's access to one Connected App. */
export interface RevokeConnectedAppRequest {
  organizationId: string;
  memberId: string;
  connectedAppId: string;
  signal?: AbortSignal;
}

/** Stytch's answer to a revoke. */
export interface RevokeConnectedAppResult {
  requestId?: string;
}

/** One Member of an Organization, as the members search returns them: untrusted text, rendered as text. */
export interface OrganizationMember {
  memberId: string;
  /** Empty when the member has not set one. */
  name: string;
  emailAddress: string;
  /** Stytch's status: `active`, `invited`, `pending`, `deleted`, or a status added later. */
  status: string;
  roles: string[];
}

/** What a transport is asked for the Members with these ids (at most 1,000 a page). */
export interface MembersSearchRequest {
  organizationId: string;
  memberIds: readonly string[];
  /** The `nextCursor` of the previous page. */
  cursor?: string;
  signal?: AbortSignal;
}

/** One page of a members search. */
export interface MembersPage {
  members: OrganizationMember[];
  /** Where the next page starts, or `null` on the last page. */
  nextCursor: string | null;
}

/** One permission a custom scope grants: `actions` on a resource of the RBAC policy. */
export interface ScopePermission {
  resourceId: string;
  actions: string[];
}

/** A custom scope of the project's RBAC policy: what it says it is for, and what it lets an app do. */
export interface ScopeDefinition {
  scope: string;
  description: string;
  permissions: ScopePermission[];
}

/** What a transport is asked for the RBAC policy's scopes (project-wide). */
export interface ScopePolicyRequest {
  signal?: AbortSignal;
}
