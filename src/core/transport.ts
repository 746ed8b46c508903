import { ConnectedAppError } from './error';
import type {
  ConnectedApp,
  ConnectedAppRequest,
  ConnectedAppsRequest,
  MemberConnectedApp,
  MemberConnectedAppsRequest,
  MembersPage,
  MembersSearchRequest,
  OrganizationConnectedApp,
  RevokeConnectedAppRequest,
  RevokeConnectedAppResult,
  ScopeDefinition,
  ScopePolicyRequest,
} from './types';

/**
 * How the hooks get their data: over HTTP from your server ({@link createFetchTransport}), from memory in
 * tests and stories ({@link createMemoryTransport}), or anything you write. One method per resource; a
 * transport of your own may implement only those it serves (calling a missing one fails with a
 * BAD_REQUEST `ConnectedAppError`, `errorType: 'transport_method_missing'`). Each method resolves to
 * validated data (see `parseConnectedApp`) or rejects with a `ConnectedAppError`; anything else it throws
 * is treated as a NETWORK error.
 */
export interface ConnectedAppTransport {
  /** One Connected App of one Organization, with its active members. */
  getConnectedApp?(request: ConnectedAppRequest): Promise<ConnectedApp>;
  /** The Organization's Connected Apps: those at least one of its members has installed. */
  getConnectedApps?(request: ConnectedAppsRequest): Promise<OrganizationConnectedApp[]>;
  /** One Member's Connected Apps, with the scopes they granted. */
  getMemberConnectedApps?(request: MemberConnectedAppsRequest): Promise<MemberConnectedApp[]>;
  /** Revokes one Member's access to one Connected App (its tokens stop working; they may consent again). */
  revokeConnectedApp?(request: RevokeConnectedAppRequest): Promise<RevokeConnectedAppResult>;
  /** The Members with these ids (names, emails, statuses), at most 1,000 a page. */
  searchMembers?(request: MembersSearchRequest): Promise<MembersPage>;
  /** The custom scopes of the project's RBAC policy: what each means and grants. */
  getScopePolicy?(request: ScopePolicyRequest): Promise<ScopeDefinition[]>;
}

/** The name of one resource method of a transport. */
export type TransportMethod = keyof ConnectedAppTransport;

/** A transport that serves every resource, as the fetch and memory transports do. */
export type CompleteTransport = Required<ConnectedAppTransport>;

type Method<M extends TransportMethod> = NonNullable<ConnectedAppTransport[M]>;

/**
 * Calls `method` on `transport`, or rejects with a typed error when the transport does not serve it.
 *
 * @example
 * const app = await callTransport(transport, 'getConnectedApp', { organizationId, connectedAppId })
 */
export function callTransport<M extends TransportMethod>(
  transport: ConnectedAppTransport,
  method: M,
  ...args: Parameters<Method<M>>
): ReturnType<Method<M>> {
  const implementation = transport[method] as ((...input: Parameters<Method<M>>) => ReturnType<Method<M>>) | undefined;
  if (typeof implementation !== 'function') {
    return Promise.reject(
      new ConnectedAppError({
        code: 'BAD_REQUEST',
        message: `The transport does not implement ${method}`,
        errorType: 'transport_method_missing',
      }),
    ) as ReturnType<Method<M>>;
  }
  return implementation.apply(transport, args);
}
