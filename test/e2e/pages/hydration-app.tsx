import { ActiveMembersList } from 'react-connected-apps';
import { makeLargeApp } from 'react-connected-apps/testing';

const app = makeLargeApp(10_000);

/** A server-rendered page holding a virtualized members list (10,000 members). */
export function App() {
  return <ActiveMembersList members={app.activeMembers} />;
}
