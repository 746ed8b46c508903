/**
 * A member session to pass to Stytch, which then checks the member's organization and permission.
 * A session token, a session JWT, or both.
 */
export interface MemberSession {
  sessionToken?: string;
  sessionJwt?: string;
}

/**
 * The part of the `stytch` SDK's `B2BClient` the server code calls. Typed structurally so that `stytch`
 * stays an optional peer dependency: pass your `new B2BClient({ project_id, secret })`.
 */
export interface ConnectedAppsClient {
  organizations: {
    getConnectedApp(
      params: { organization_id: string; connected_app_id: string },
      options?: { authorization?: { session_token?: string; session_jwt?: string } },
    ): Promise<unknown>;
  };
}
