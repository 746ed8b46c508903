import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef, type ReactNode } from 'react';
import {
  type ConnectedApp,
  ConnectedAppsList,
  type ConnectedAppsMessages,
  ConnectedAppsProvider,
  type DeepPartial,
  type OrganizationConnectedApp,
  useConnectedApps,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  type MemoryScriptStep,
  makeConnectedApp,
} from 'react-connected-apps/testing';
import { SWRConfig } from 'swr';
import { describe, expect, it, vi } from 'vitest';

const ORG = FIXTURE_ORGANIZATION_ID;
const APPS = Object.values(fixtureApps);

function setup(
  ui: ReactNode,
  {
    apps = APPS,
    script,
    latencyMs = 0,
    messages,
  }: {
    apps?: ConnectedApp[];
    script?: MemoryScriptStep[];
    latencyMs?: number;
    messages?: DeepPartial<ConnectedAppsMessages>;
  } = {},
) {
  const transport = createMemoryTransport({ [ORG]: apps }, { script, latencyMs });
  const view = render(
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
      <ConnectedAppsProvider transport={transport} retry={{ maxRetries: 0 }} messages={messages}>
        {ui}
      </ConnectedAppsProvider>
    </SWRConfig>,
  );
  return { transport, ...view };
}

/** Something else on the page that refreshes the organization's apps (the list shares its cache entry). */
function RefreshButton() {
  const state = useConnectedApps(ORG);
  return (
    <button type="button" onClick={() => void state.refresh()}>
      refresh from elsewhere
    </button>
  );
}

/** An app as the organization's list has it (no members). */
function listItem({ activeMembers: _members, ...app }: ConnectedApp): OrganizationConnectedApp {
  return app;
}

const appButtons = () => within(screen.getByRole('list', { name: 'Connected apps' })).getAllByRole('button');
const root = (container: HTMLElement) => container.querySelector('[data-slot="connected-apps-list"]');

describe('ConnectedAppsList', () => {
  it('stays idle, and fetches nothing, without an organization id', () => {
    const { transport, container } = setup(<ConnectedAppsList orgId=" " />);
    expect(root(container)).toHaveAttribute('data-status', 'idle');
    expect(transport.requests).toEqual([]);
  });

  it('shows a busy skeleton with a polite loading text, then every app someone installed', async () => {
    const { container } = setup(<ConnectedAppsList orgId={ORG} />, { latencyMs: 20 });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Loading connected apps…');
    expect(container.querySelector('[data-slot="connected-apps-list-skeleton"]')).toHaveAttribute('aria-busy', 'true');

    expect(await screen.findByRole('button', { name: /Ledgerly Accounting/ })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Connected apps' })).toBeInTheDocument();
    // Named by the app and its client type; the initials avatar is hidden from screen readers.
    expect(appButtons().map((button) => button.getAttribute('data-client-type'))).toEqual([
      'first_party',
      'first_party_public',
      'third_party',
      'third_party_public',
      'unknown',
    ]);
    expect(appButtons()[0]).toHaveAccessibleName('Acme Admin Console First party');
    expect(appButtons()[4]).toHaveAccessibleName('Future Client Other (machine_to_machine)');
    // The app nobody installed is not the organization's.
    expect(screen.queryByText('Quiet Tool')).toBeNull();
    expect(status).toHaveTextContent('Showing 5 apps');
    expect(container.querySelector('[aria-busy="true"]')).toBeNull();
    // The logo is decorative beside the name; only http(s) logos load.
    expect(container.querySelectorAll('img')).toHaveLength(1);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
  });

  it('reports the picked app’s id, and marks the selected one', async () => {
    const user = userEvent.setup();
    const onSelectApp = vi.fn();
    const { rerender } = setup(<ConnectedAppsList orgId={ORG} onSelectApp={onSelectApp} />);
    await user.click(await screen.findByRole('button', { name: /Ledgerly Accounting/ }));
    expect(onSelectApp).toHaveBeenCalledExactlyOnceWith(fixtureApps.thirdParty.connectedAppId);
    // The host owns routing: nothing is selected until it says so.
    expect(screen.queryByRole('button', { current: true })).toBeNull();

    rerender(
      <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0 }}>
        <ConnectedAppsProvider transport={createMemoryTransport({ [ORG]: APPS })}>
          <ConnectedAppsList orgId={ORG} selectedAppId={fixtureApps.thirdParty.connectedAppId} />
        </ConnectedAppsProvider>
      </SWRConfig>,
    );
    const selected = await screen.findByRole('button', { current: true });
    expect(selected).toHaveAccessibleName(/Ledgerly Accounting/);
    expect(selected).toHaveAttribute('aria-current', 'true');
    expect(selected).toHaveAttribute('data-selected', '');
    expect(appButtons().filter((button) => button.hasAttribute('data-selected'))).toEqual([selected]);
  });

  it('works from the keyboard: Tab in, arrows, Home and End move, Enter and Space pick', async () => {
    const user = userEvent.setup();
    const onSelectApp = vi.fn();
    setup(<ConnectedAppsList orgId={ORG} onSelectApp={onSelectApp} />);
    await screen.findByRole('button', { name: /Ledgerly/ });
    const [first, second, , , last] = appButtons();

    await user.tab(); // the client type filter
    expect(screen.getByRole('combobox', { name: 'Client type' })).toHaveFocus();
    await user.tab();
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(second).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onSelectApp).toHaveBeenLastCalledWith(fixtureApps.firstPartyPublic.connectedAppId);
    await user.keyboard('{End}');
    expect(last).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(first).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(last).toHaveFocus();
    await user.keyboard('{Home}');
    expect(first).toHaveFocus();
    await user.keyboard(' ');
    expect(onSelectApp).toHaveBeenLastCalledWith(fixtureApps.firstParty.connectedAppId);
    expect(onSelectApp).toHaveBeenCalledTimes(2);
  });

  it('filters by client type, offering only the types present', async () => {
    const user = userEvent.setup();
    setup(<ConnectedAppsList orgId={ORG} />, {
      apps: [fixtureApps.thirdParty, fixtureApps.firstParty, fixtureApps.unknownType],
    });
    const filter = await screen.findByRole('combobox', { name: 'Client type' });
    expect(
      within(filter)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['All client types', 'First party', 'Third party', 'Other client types']);
    await user.selectOptions(filter, 'Third party');
    expect(appButtons()).toHaveLength(1);
    expect(appButtons()[0]).toHaveAccessibleName(/Ledgerly Accounting/);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 app');
    await user.selectOptions(filter, 'Other client types');
    expect(appButtons()[0]).toHaveAccessibleName(/Future Client/);
    await user.selectOptions(filter, 'All client types');
    expect(appButtons()).toHaveLength(3);
  });

  it('says so when the chosen type’s last app has gone, and keeps the choice', async () => {
    const user = userEvent.setup();
    const { transport } = setup(
      <>
        <ConnectedAppsList orgId={ORG} />
        <RefreshButton />
      </>,
      { apps: [fixtureApps.thirdParty, fixtureApps.firstParty] },
    );
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Client type' }), 'First party');
    transport.enqueue({
      method: 'getConnectedApps',
      respond: 'data',
      data: [listItem(fixtureApps.thirdParty)],
    });
    await user.click(screen.getByRole('button', { name: 'refresh from elsewhere' }));
    expect(await screen.findByText('No app of this client type.')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Client type' })).toHaveValue('first_party');
    expect(screen.queryByRole('list', { name: 'Connected apps' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Showing 0 apps');
  });

  it('says “No connected apps yet” when nobody installed any, with no filter', async () => {
    const { container } = setup(<ConnectedAppsList orgId={ORG} />, { apps: [fixtureApps.noMembers] });
    expect(await screen.findByText('No connected apps yet')).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('list')).toBeNull();
    expect(root(container)).toHaveAttribute('data-status', 'success');
  });

  it('shows the error banner, and the list once Retry works, with focus on the heading', async () => {
    const user = userEvent.setup();
    const { transport } = setup(<ConnectedAppsList orgId={ORG} />, {
      script: [{ respond: 'error', error: { code: 'NETWORK' } }],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Connection problem');
    expect(screen.queryByRole('list')).toBeNull();
    screen.getByRole('button', { name: 'Retry' }).focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('button', { name: /Ledgerly/ })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Connected apps' })).toHaveFocus());
    expect(transport.requests.filter((request) => request.method === 'getConnectedApps')).toHaveLength(2);
  });

  it('keeps the last list below the banner when a refresh fails for a passing reason', async () => {
    const user = userEvent.setup();
    const { transport, container } = setup(
      <>
        <ConnectedAppsList orgId={ORG} />
        <RefreshButton />
      </>,
    );
    await screen.findByRole('button', { name: /Ledgerly/ });
    transport.enqueue({ respond: 'error', error: { code: 'SERVER', status: 500, requestId: 'request-7' } });
    await user.click(screen.getByRole('button', { name: 'refresh from elsewhere' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Showing the last data loaded; it may be out of date.');
    const list = screen.getByRole('list', { name: 'Connected apps' });
    expect(alert.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(root(container)).toHaveAttribute('data-stale', '');
  });

  it('renders hostile names as text and never loads a non-http logo', async () => {
    const hostile = makeConnectedApp({
      connectedAppId: 'connected-app-test-hostile',
      name: '<img src=x onerror=alert(1)>',
      logoUrl: 'javascript:alert(1)',
    });
    const data = makeConnectedApp({
      connectedAppId: 'connected-app-test-data-logo',
      name: 'Data Logo',
      logoUrl: 'data:image/svg+xml,<svg onload=alert(1)>',
    });
    const { container } = setup(<ConnectedAppsList orgId={ORG} />, { apps: [hostile, data] });
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('[src], [href]')).toBeNull();
  });

  it('takes strings from the provider and its own messages over them', async () => {
    setup(<ConnectedAppsList orgId={ORG} messages={{ appsList: { heading: 'Intégrations' } }} />, { messages: fr });
    expect(await screen.findByRole('heading', { name: 'Intégrations' })).toBeInTheDocument();
    expect(await screen.findByText('5 apps affichées')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type de client' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Ledgerly Accounting Tierce/ })).toBeInTheDocument();
  });

  it('forwards ref, merges className last, and sets the heading level', async () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = setup(<ConnectedAppsList ref={ref} orgId={ORG} className="apps wide" headingLevel={3} />);
    expect(await screen.findByRole('heading', { level: 3, name: 'Connected apps' })).toBeInTheDocument();
    expect(ref.current).toBe(root(container));
    expect(ref.current?.getAttribute('class')).toBe('apps wide');
    expect(container.querySelectorAll('[class]')).toHaveLength(1);
  });
});
