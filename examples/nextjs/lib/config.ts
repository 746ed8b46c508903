/** Where app/api/stytch/[...path]/route.ts serves the library's handler: the browser's transport calls it. */
export const basePath = '/api/stytch';

/**
 * The organization (id, slug or external id) and the Connected App the pages show. By default Acme and its
 * app Ledgerly Accounting, from the emulator's data; in a real app they come from your routes and your
 * member's organization.
 */
export const organizationId =
  process.env.EXAMPLE_ORGANIZATION_ID || 'organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931';
export const connectedAppId = process.env.EXAMPLE_CONNECTED_APP_ID || 'connected-app-test-0003-third-party';
