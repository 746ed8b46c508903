import { ConnectedAppPage } from './connected-app-page';

export default function OverviewPage() {
  return <ConnectedAppPage />;
}
