import type { ConnectedApp } from '../types';

/** A Connected App in Stytch's snake_case wire format, as the endpoint answers it. */
export interface StytchConnectedAppResponse {
  status_code: 200;
  request_id?: string;
  connected_app_id: string;
  name: string;
  description: string;
  client_type: string;
  logo_url: string | null;
  active_members: Array<{ member_id: string; granted_scopes: string[] }>;
}

/**
 * The JSON Stytch sends for `app`: the inverse of `parseConnectedApp`, so a server can hand validated data
 * to a browser that parses it again. `request_id` is left out when there is none.
 */
export function toStytchResponse(
  app: ConnectedApp,
  requestId: string | undefined = app.requestId,
): StytchConnectedAppResponse {
  return {
    status_code: 200,
    ...(requestId === undefined ? {} : { request_id: requestId }),
    connected_app_id: app.connectedAppId,
    name: app.name,
    description: app.description,
    client_type: app.rawClientType,
    logo_url: app.logoUrl,
    active_members: app.activeMembers.map((member) => ({
      member_id: member.memberId,
      granted_scopes: member.grantedScopes,
    })),
  };
}
