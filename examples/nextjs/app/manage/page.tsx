import { ConnectedAppPage } from '../connected-app-page';

/** The same app, with revoking: each row's "Revoke access", and "Revoke selected", behind a confirmation. */
export default function ManagePage() {
  return <ConnectedAppPage canRevoke />;
}
