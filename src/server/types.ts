/**
 * A member session to pass to Stytch, which then checks the member's organization and permission.
 * A session token, a session JWT, or both.
 */
export interface MemberSession {
  sessionToken?: string;
  sessionJwt?: string;
}

type Authorization = { authorization?: { session_token?: string; session_jwt?: string } };

/**
 * The part of the `stytch` SDK's `B2BClient` the server code calls. Typed structurally so that `stytch`
 * stays an optional peer dependency: pass your `new B2BClient({ project_id, secret })`. Only
 * `getConnectedApp` is required, so a client of your own may serve one app; a route whose method the client
 * lacks answers 501.
 */
export interface ConnectedAppsClient {
  organizations: {
    getConnectedApp(
      params: { organization_id: string; connected_app_id: string },
      options?: Authorization,
    ): Promise<unknown>;
    connectedApps?(params: { organization_id: string }, options?: Authorization): Promise<unknown>;
    members?: {
      getConnectedApps?(
        params: { organization_id: string; member_id: string },
        options?: Authorization,
      ): Promise<unknown>;
      search?(
        params: {
          organization_ids: string[];
          query: { operator: 'AND'; operands: Array<{ filter_name: 'member_ids'; filter_value: string[] }> };
          limit?: number;
          cursor?: string;
        },
        options?: Authorization,
      ): Promise<unknown>;
      connectedApps?: {
        revoke?(
          params: { organization_id: string; member_id: string; connected_app_id: string },
          options?: Authorization,
        ): Promise<unknown>;
      };
    };
  };
  /** The RBAC policy, for what each custom scope means (project-wide: it takes no member session). */
  rbac?: { policy(): Promise<unknown> };
  /** Authenticates a member session, before the policy is served to it. */
  sessions?: { authenticate(params: { session_token: string } | { session_jwt: string }): Promise<unknown> };
}
