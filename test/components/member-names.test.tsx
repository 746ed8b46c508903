import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import {
  ActiveMembersList,
  type ActiveMembersListProps,
  ConnectedAppsProvider,
  MemberConnectedApps,
  MemberStatus,
  type OrganizationMember,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureScopePolicy,
  type MemoryScriptStep,
  makeActiveMembers,
  makeConnectedApp,
  makeMembersDirectory,
  makeOrganizationMember,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { afterEach, describe, expect, it, vi } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
// 14 members: #7 is deleted, #11 invited, #13 pending (the factory's statuses), and #5 is not in the directory.
const members = makeActiveMembers(14);
const ids = members.map((member) => member.memberId);
const directory = makeMembersDirectory(ids, (index) => index === 5);
const person = (index: number) => directory.find((entry) => entry.memberId === ids[index]) as OrganizationMember;
const app = makeConnectedApp({ connectedAppId: 'connected-app-test-names', activeMembers: members });

function setup(
  ui: ReactNode,
  { script, people = directory }: { script?: MemoryScriptStep[]; people?: OrganizationMember[] } = {},
) {
  const transport = createMemoryTransport(
    { [ORG]: [app] },
    { script, members: { [ORG]: people }, scopes: fixtureScopePolicy },
  );
  const view = render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }}>
        {ui}
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  return { transport, ...view };
}

const searches = (transport: { requests: ReadonlyArray<{ method: string }> }) =>
  transport.requests.filter((request) => request.method === 'searchMembers');
const openButtons = () => screen.queryAllByRole('button', { name: /^Show scopes of / });
const rowOf = (name: string) =>
  screen.getByRole('button', { name: `Show scopes of ${name}` }).closest('li') as HTMLElement;
const list = (props: Partial<ActiveMembersListProps> = {}) => (
  <ActiveMembersList members={members} organizationId={ORG} connectedAppId={app.connectedAppId} {...props} />
);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('members’ names, emails and statuses', () => {
  it('shows each member’s name, email and id, from one members search for the whole list', async () => {
    const { transport } = setup(list());
    // Ids first, while the search runs.
    expect(screen.getByRole('button', { name: `Show scopes of ${ids[0]}` })).toBeInTheDocument();
    const ada = await screen.findByRole('button', { name: 'Show scopes of Ada Lovelace' });
    const row = ada.closest('li') as HTMLElement;
    expect(within(row).getByText('ada.lovelace.0@acme.example')).toBeInTheDocument();
    expect(within(row).getByText(ids[0] as string)).toBeInTheDocument();
    expect(searches(transport)).toHaveLength(1);
    expect(searches(transport)[0]).toMatchObject({ organizationId: ORG, memberIds: ids.join(' ') });
  });

  it('shares one search between two lists in one cache, mounted one after the other', async () => {
    const transport = createMemoryTransport({ [ORG]: [app] }, { members: { [ORG]: directory } });
    const wrap = (second: boolean) => (
      <ConnectedAppsProvider transport={transport}>
        {list()}
        {second && list()}
      </ConnectedAppsProvider>
    );
    const { rerender } = render(<SWRConfig value={{ provider: () => new Map() }}>{wrap(false)}</SWRConfig>);
    await screen.findByRole('button', { name: 'Show scopes of Ada Lovelace' });
    rerender(<SWRConfig value={{ provider: () => new Map() }}>{wrap(true)}</SWRConfig>);
    // The second list has the names at once.
    expect(screen.getAllByRole('button', { name: 'Show scopes of Ada Lovelace' })).toHaveLength(2);
    expect(searches(transport)).toHaveLength(1);
  });

  it('searches by name and by email, ignoring case', async () => {
    const user = userEvent.setup();
    setup(list());
    await screen.findByRole('button', { name: 'Show scopes of Ada Lovelace' });
    const search = screen.getByRole('searchbox', { name: 'Search members' });
    await user.type(search, 'GRACE');
    expect(openButtons().map((button) => button.textContent)).toEqual(['Grace Lovelace', 'Grace Hopper']);
    await user.clear(search);
    await user.type(search, 'katherine.lovelace.3@');
    expect(openButtons().map((button) => button.textContent)).toEqual(['Katherine Lovelace']);
    await user.clear(search);
    await user.type(search, ids[5] as string);
    expect(openButtons().map((button) => button.textContent)).toEqual([ids[5]]);
  });

  it('flags a member who is not active in words, an unknown status verbatim, and one not found', async () => {
    const people = directory.map((entry, index) => (index === 0 ? { ...entry, status: 'suspended_by_scim' } : entry));
    setup(list(), { people });
    const deleted = await screen.findByRole('button', { name: `Show scopes of ${person(7).name}` });
    expect(within(deleted.closest('li') as HTMLElement).getByText('Deleted')).toHaveAttribute('data-status', 'deleted');
    expect(within(rowOf(person(11).name)).getByText('Invited')).toHaveAttribute('data-slot', 'member-status');
    expect(within(rowOf(person(13).name)).getByText('Pending')).toBeInTheDocument();
    expect(within(rowOf('Ada Lovelace')).getByText('suspended_by_scim')).toBeInTheDocument();
    // Active members carry no badge.
    expect(rowOf(person(1).name).querySelector('[data-slot="member-status"]')).toBeNull();
    // The member the search did not return: the id, marked.
    const missing = rowOf(ids[5] as string);
    expect(within(missing).getByText('Not found')).toHaveAttribute('data-status', 'not_found');
    expect(missing.querySelector('[data-slot="members-list-member-id"]')).toBeNull();
  });

  it('shows names and emails as text, and an email alone when the name is blank', async () => {
    const people = directory.map((entry, index) =>
      index === 0
        ? { ...entry, name: '<img src=x onerror="window.__pwned=1">' }
        : index === 1
          ? { ...entry, name: ' ' }
          : entry,
    );
    const { container } = setup(list(), { people });
    expect(
      await screen.findByRole('button', { name: 'Show scopes of <img src=x onerror="window.__pwned=1">' }),
    ).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    const blank = rowOf('grace.lovelace.1@acme.example');
    expect(blank.querySelector('[data-slot="members-list-email"]')).toBeNull();
  });

  it('shows ids and a Retry notice when the search fails (401 without a session); Retry brings the names', async () => {
    const user = userEvent.setup();
    const { transport } = setup(list(), {
      script: [{ method: 'searchMembers', respond: 'error', error: { code: 'UNAUTHORIZED', status: 401 } }],
    });
    const notice = await screen.findByText('Couldn’t load names');
    expect(notice).toHaveAttribute('role', 'status');
    expect(openButtons()).toHaveLength(14);
    expect(screen.getByRole('button', { name: `Show scopes of ${ids[0]}` })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('button', { name: 'Show scopes of Ada Lovelace' })).toBeInTheDocument();
    expect(screen.queryByText('Couldn’t load names')).toBeNull();
    // Focus did not fall to the page when the notice went away.
    expect(screen.getByRole('heading', { name: 'Active members' })).toHaveFocus();
    expect(searches(transport)).toHaveLength(2);
  });

  it('takes names from an async resolveMember, asked once per id; a rejected one leaves the id', async () => {
    const resolveMember = vi.fn((memberId: string) =>
      memberId === ids[1]
        ? Promise.reject(new Error('directory down'))
        : Promise.resolve(`Person ${ids.indexOf(memberId)}`),
    );
    const { transport, rerender } = setup(list({ resolveMember }));
    expect(await screen.findByRole('button', { name: 'Show scopes of Person 0' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: `Show scopes of ${ids[1]}` })).toBeInTheDocument();
    expect(resolveMember).toHaveBeenCalledTimes(14);
    rerender(
      <SWRConfig value={{ provider: () => new Map() }}>
        <ConnectedAppsProvider transport={transport}>
          {list({ resolveMember })}
          {list({ resolveMember })}
        </ConnectedAppsProvider>
      </SWRConfig>,
    );
    expect(screen.getAllByRole('button', { name: 'Show scopes of Person 13' })).toHaveLength(2);
    expect(resolveMember).toHaveBeenCalledTimes(14);
    // Your directory, not the members search.
    expect(searches(transport)).toHaveLength(0);
    const user = userEvent.setup();
    await user.type(screen.getAllByRole('searchbox')[0] as HTMLElement, 'person 13');
    expect(
      within(screen.getAllByRole('list', { name: 'Active members' })[0] as HTMLElement).getAllByRole('button', {
        name: /^Show scopes/,
      }),
    ).toHaveLength(1);
  });

  it('gives a custom row what the search returned', async () => {
    setup(
      list({
        renderMember: (_member, { name, profile }) => (
          <span data-testid="custom">
            {name} {profile?.emailAddress}
            <MemberStatus profile={profile} />
          </span>
        ),
      }),
    );
    await waitFor(() =>
      expect(screen.getAllByTestId('custom')[7]).toHaveTextContent(
        `${person(7).name} ${person(7).emailAddress}Deleted`,
      ),
    );
    expect(screen.getAllByTestId('custom')[5]).toHaveTextContent(`${ids[5]} Not found`);
  });

  it('MemberStatus forwards ref, merges className and shows nothing for an active or unknown member', () => {
    const ref = createRef<HTMLSpanElement>();
    const { container, rerender } = render(<MemberStatus ref={ref} className="mine" title="t" profile={person(13)} />);
    expect(ref.current).toHaveTextContent('Pending');
    expect(ref.current?.getAttribute('class')).toBe('mine');
    expect(ref.current).toHaveAttribute('title', 't');
    rerender(<MemberStatus profile={person(0)} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<MemberStatus profile={undefined} />);
    expect(container).toBeEmptyDOMElement();
    rerender(<MemberStatus profile={{ ...person(0), status: 'constructor' }} />);
    expect(container).toHaveTextContent('constructor');
  });

  it('shows the member’s name, email and status above their apps', async () => {
    const deleted = makeOrganizationMember({ memberId: ids[2], status: 'deleted' }, 2);
    setup(<MemberConnectedApps orgId={ORG} memberId={ids[2]} />, { people: [deleted] });
    const header = await screen.findByText(deleted.name);
    const line = header.closest('[data-slot="member-apps-member"]') as HTMLElement;
    expect(within(line).getByText(deleted.emailAddress)).toBeInTheDocument();
    expect(within(line).getByText('Deleted')).toBeInTheDocument();
  });

  it('shows the member’s id, marked, when the search does not return them', async () => {
    setup(<MemberConnectedApps orgId={ORG} memberId="member-test-gone" />, { people: [] });
    expect(await screen.findByText('Not found')).toBeInTheDocument();
    expect(screen.getByText('member-test-gone')).toBeInTheDocument();
  });
});

describe('exporting the members', () => {
  function stubDownloads() {
    const files: Blob[] = [];
    const names: string[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((file: Blob) => {
        files.push(file);
        return `blob:test-${files.length}`;
      }),
      revokeObjectURL: vi.fn(),
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download);
    });
    return { files, names };
  }

  it('exports every member as a CSV safe to open in a spreadsheet, with a BOM', async () => {
    const user = userEvent.setup();
    const { files, names } = stubDownloads();
    const people = directory.map((entry, index) =>
      index === 0 ? { ...entry, name: '=HYPERLINK("https://evil.example")', emailAddress: '+1@acme.example' } : entry,
    );
    setup(list(), { people });
    await screen.findByRole('button', { name: 'Show scopes of =HYPERLINK("https://evil.example")' });
    // The search narrows the rows, not the export.
    await user.type(screen.getByRole('searchbox'), 'grace');
    const group = screen.getByRole('group', { name: 'Export all members' });
    await user.click(within(group).getByRole('button', { name: 'Export CSV' }));
    expect(await within(group).findByText('Exported 14 members.')).toBeInTheDocument();
    expect(names).toEqual(['connected-app-test-names-members.csv']);
    const [file] = files;
    if (!file) throw new Error('no file was exported');
    expect(file.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('member_id,name,email,status,scopes,risk');
    expect(lines[1]).toBe(
      `${ids[0]},"'=HYPERLINK(""https://evil.example"")",'+1@acme.example,active,openid profile email,low`,
    );
    expect(lines.filter((line) => line !== '')).toHaveLength(15);
    expect(lines.find((line) => line.startsWith(`${ids[5]},`))).toContain('not_found');
    // Ranked with the policy's scopes: write:reports (create, update) is medium, above offline_access.
    expect(lines.find((line) => line.startsWith(`${ids[4]},`))).toMatch(/,medium$/);
    await waitFor(() => expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test-1'));
  });

  it('says "Exporting…" while the file is built, and exports JSON', async () => {
    const { files, names } = stubDownloads();
    setup(list());
    await screen.findByRole('button', { name: 'Show scopes of Ada Lovelace' });
    const button = screen.getByRole('button', { name: 'Export JSON' });
    const status = document.querySelector('[data-slot="members-list-export-status"]') as HTMLElement;
    expect(status).toHaveAttribute('aria-live', 'polite');
    fireEvent.click(button);
    expect(status).toHaveTextContent('Exporting…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    // A second click while it runs starts nothing.
    fireEvent.click(button);
    await waitFor(() => expect(status).toHaveTextContent('Exported 14 members.'));
    expect(button).not.toHaveAttribute('aria-disabled');
    expect(names).toEqual(['connected-app-test-names-members.json']);
    const rows = JSON.parse(await (files[0] as Blob).text()) as Array<{ name: string; email: string }>;
    expect(rows).toHaveLength(14);
    expect(rows[0]).toMatchObject({ name: 'Ada Lovelace', email: 'ada.lovelace.0@acme.example' });
  });
});
