import type { ConnectedApp, OrganizationMember, ScopeDefinition } from '../core/types';
import type { Resource } from '../core/wire/routes';

/** One Organization the emulator knows, found by its id, slug or external id. */
export interface EmulatorOrganization {
  organizationId: string;
  organizationSlug: string;
  organizationExternalId?: string;
  organizationName: string;
  /**
   * The Connected Apps with the members of this organization who installed them. A revoke removes the
   * member from the app's `activeMembers` (the emulator works on its own copy of the data).
   */
  connectedApps: ConnectedApp[];
  /** Members who exist but installed nothing (members who installed an app, or have a session, exist anyway). */
  memberIds?: string[];
  /** The members directory the members search answers from (names, emails, statuses). */
  members?: OrganizationMember[];
}

/** A signed-in Member: what a session token or session JWT stands for. */
export interface EmulatorSession {
  /** A readable name for menus and logs, e.g. `Acme admin`. */
  label: string;
  sessionToken: string;
  /** Any opaque string: the emulator looks it up, it never verifies a signature. */
  sessionJwt: string;
  memberId: string;
  organizationId: string;
  /** Role ids, e.g. `['stytch_admin']`. */
  roles: string[];
}

/** Everything the emulator answers from. */
export interface EmulatorData {
  organizations: EmulatorOrganization[];
  sessions: EmulatorSession[];
  /** Roles that grant the permission to read an organization's Connected Apps (`get.connected-apps`). */
  permittedRoles: string[];
  /**
   * Roles that grant the permission to revoke a member's Connected App (`revoke.connected-app`).
   * @default permittedRoles
   */
  revokeRoles?: string[];
  /**
   * Roles that may search the organization's members (`search` on `stytch.member`).
   * @default permittedRoles
   */
  searchRoles?: string[];
  /** The custom scopes of the project's RBAC policy (`GET /v1/b2b/rbac/policy`). */
  scopePolicy?: ScopeDefinition[];
}

/**
 * A failure the emulator gives instead of (or before) its normal answer, on any route or only on `route`
 * (`connectedApps`, `connectedApp`, `memberConnectedApps`, `revokeConnectedApp`, `membersSearch`, `scopePolicy`).
 */
export type EmulatorFault = { route?: Resource } & (
  | { kind: 'server_error' }
  | { kind: 'rate_limited'; retryAfterSeconds?: number }
  /** Waits `delayMs`, then answers normally. */
  | { kind: 'slow'; delayMs: number }
  /** A 200 whose body is not JSON. */
  | { kind: 'malformed_json' }
  /** A 502 HTML page, as a proxy in front of an API shows it. */
  | { kind: 'html_502' }
  /** Destroys the socket without answering. */
  | { kind: 'connection_reset' }
);

/** The kinds of {@link EmulatorFault}. */
export type EmulatorFaultKind = EmulatorFault['kind'];

/** Fixed-window rate limit per project. */
export interface EmulatorRateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowMs: number;
}

/** One API request the emulator received (control routes under `/__emulator/` are not recorded). */
export interface RecordedRequest {
  method: string;
  /** The path as received, ids still encoded. */
  path: string;
  hasAuthorization: boolean;
  hasSessionToken: boolean;
  hasSessionJwt: boolean;
  /** The status answered, or `null` when the connection was reset. */
  status: number | null;
}

/** Options of `startStytchEmulator`. */
export interface StytchEmulatorOptions {
  /**
   * Only loopback is safe: the emulator has no real secrets but its control routes are unauthenticated.
   * Requests must name this address (or `localhost`) and the port in their `Host` header, else 421: a page
   * on another site cannot reach it by rebinding its DNS name to 127.0.0.1.
   * @default '127.0.0.1'
   */
  host?: string;
  /**
   * `0` picks a free port.
   * @default 0
   */
  port?: number;
  /** @default 'project-test-00000000-0000-4000-8000-000000000000' */
  projectId?: string;
  /** @default 'secret-test-emulator-not-a-real-secret' */
  secret?: string;
  /** @default defaultEmulatorData */
  data?: EmulatorData;
  /**
   * `false` turns the rate limit off.
   * @default { limit: 100, windowMs: 1000 }
   */
  rateLimit?: EmulatorRateLimit | false;
}

/** A running emulator. */
export interface StytchEmulator {
  /** `http://127.0.0.1:PORT/`: pass it as the SDK's `env`. */
  readonly url: string;
  readonly projectId: string;
  readonly secret: string;
  readonly data: EmulatorData;
  /**
   * API requests received, oldest first: the most recent 10,000 (`MAX_RECORDED_REQUESTS`), so a
   * long-running emulator does not grow without bound. Count with `requestCount`, not its length.
   */
  readonly requests: readonly RecordedRequest[];
  /** API requests received since the start or the last `reset()`, including those `requests` dropped. */
  readonly requestCount: number;
  /** Makes the next `times` API answers `fault`. Faults queue in order. */
  injectFault(fault: EmulatorFault, times?: number): void;
  /** Drops queued faults. */
  clearFaults(): void;
  /** Forgets recorded requests (and `requestCount`), queued faults and rate-limit counts. */
  reset(): void;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}
