import { useState } from 'react';
import { ActiveMembersList } from 'react-connected-apps';
import { makeActiveMember, makeLargeApp } from 'react-connected-apps/testing';
import { createRoot } from 'react-dom/client';

const start = makeLargeApp(2_000).activeMembers;
let added = 0;

/** A long list whose members the test changes from outside, as a revalidation or a revoke would. */
function Page() {
  const [members, setMembers] = useState(start);
  Object.assign(window, {
    prependMember: () => {
      added += 1;
      setMembers((current) => [makeActiveMember({ memberId: `member-added-${added}` }), ...current]);
    },
    removeFirstMember: () => setMembers((current) => current.slice(1)),
  });
  return <ActiveMembersList members={members} />;
}

const root = document.getElementById('root');
if (root === null) throw new Error('No #root');
createRoot(root).render(<Page />);
