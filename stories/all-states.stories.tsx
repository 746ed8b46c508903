import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import {
  ActiveMembersList,
  ConnectedAppErrorCode,
  ConnectedAppPanel,
  ConnectedAppSummary,
  ConnectedAppsProvider,
  ErrorBanner,
  ScopeChips,
  useMessages,
} from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  makeActiveMembers,
  makeConnectedAppError,
} from 'react-connected-apps/testing';
import { expect, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { stylesheetOff } from '../.storybook/docs-parameters';

const clientTypes = [
  ['First party', fixtureApps.firstParty],
  ['First party, public', fixtureApps.firstPartyPublic],
  ['Third party', fixtureApps.thirdParty],
  ['Third party, public', fixtureApps.thirdPartyPublic],
  ['Unknown client type', fixtureApps.unknownType],
] as const;
const memberCounts = [0, 1, 50] as const;
const errorCodes = Object.values(ConnectedAppErrorCode);
const chipSets = [
  ['Standard scopes', ['openid', 'profile', 'email', 'phone', 'offline_access'], undefined],
  ['Custom scopes, verbatim', ['read:invoices', 'write:reports'], undefined],
  ['Duplicates and “+N more”', ['openid', 'email', 'openid', 'read:invoices', 'offline_access', 'email'], 2],
] as const;

/** One labelled cell: a region named by its own `h2`. */
function Cell({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const headingId = `all-states-${id}`;
  return (
    <section
      aria-labelledby={headingId}
      style={{
        border: '1px solid var(--rca-color-border)',
        borderRadius: 'var(--rca-radius-2)',
        padding: 'var(--rca-space-4)',
        marginBlockEnd: 'var(--rca-space-4)',
        breakInside: 'avoid',
      }}
    >
      <h2 id={headingId} style={{ marginBlock: '0 var(--rca-space-3)', fontSize: 'var(--rca-font-size-3)' }}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The panel over a transport that answers in ten minutes: its loading state, with the frame's messages. */
function LoadingPanel() {
  const messages = useMessages();
  const [transport] = useState(() =>
    createMemoryTransport({ [FIXTURE_ORGANIZATION_ID]: [fixtureApps.thirdParty] }, { latencyMs: 600_000 }),
  );
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport} messages={messages}>
        <ConnectedAppPanel
          orgId={FIXTURE_ORGANIZATION_ID}
          appId={fixtureApps.thirdParty.connectedAppId}
          headingLevel={3}
        />
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

/** Every state of every component side by side, each in a region with its own heading. */
function AllStatesGrid() {
  return (
    <div>
      <h1 style={{ marginBlock: '0 var(--rca-space-4)', fontSize: 'var(--rca-font-size-5)' }}>All states</h1>
      {/* Columns, not a grid row: the 50-member list is tall and would leave holes beside it. */}
      <div style={{ columnWidth: '24rem', columnGap: 'var(--rca-space-4)' }}>
        {clientTypes.map(([title, app]) => (
          <Cell key={app.connectedAppId} id={`summary-${app.clientType}`} title={`Summary: ${title}`}>
            <ConnectedAppSummary app={app} headingLevel={3} />
          </Cell>
        ))}
        {memberCounts.map((count) => (
          <Cell key={count} id={`members-${count}`} title={`Members list: ${count}`}>
            <ActiveMembersList members={makeActiveMembers(count)} headingLevel={3} />
          </Cell>
        ))}
        {chipSets.map(([title, scopes, max], index) => (
          <Cell key={title} id={`chips-${index}`} title={`Scope chips: ${title}`}>
            <ScopeChips scopes={scopes} max={max} />
          </Cell>
        ))}
        {errorCodes.map((code, index) => (
          <Cell key={code} id={`error-${code}`} title={`Error: ${code}`}>
            <ErrorBanner
              // Every other banner also says that older data is still on screen.
              error={makeConnectedAppError(code, code === 'RATE_LIMITED' ? { retryAfterMs: 60_000 } : {})}
              hasStaleData={index % 2 === 1}
              onRetry={() => undefined}
            />
          </Cell>
        ))}
        <Cell id="panel-loading" title="Panel: loading">
          <LoadingPanel />
        </Cell>
      </div>
    </div>
  );
}

const meta = {
  title: 'All states',
  component: AllStatesGrid,
  // A test harness of many components, not a component: no docs page.
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof AllStatesGrid>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every cell is there, the panel is busy, and many copies of the same components still have unique ids. */
const checkGrid: Story['play'] = async ({ canvasElement }) => {
  const canvas = within(canvasElement);
  const cells = clientTypes.length + memberCounts.length + chipSets.length + errorCodes.length + 1;
  await expect(canvas.getAllByRole('region')).toHaveLength(cells);
  await expect(canvas.getAllByRole('alert')).toHaveLength(errorCodes.length);
  for (const [, app] of clientTypes) {
    await expect(canvas.getByRole('heading', { level: 3, name: app.name })).toBeVisible();
  }
  const panel = canvas.getByRole('region', { name: 'Panel: loading' });
  await expect(panel.querySelector('[aria-busy="true"]')).not.toBeNull();
  const ids = Array.from(canvasElement.querySelectorAll('[id]'), (element) => element.id);
  await expect(new Set(ids).size).toBe(ids.length);
};

export const AllStates: Story = { play: checkGrid };

/** The same grid in the dark theme: axe checks every colour pair of every state against it. */
export const AllStatesDark: Story = { globals: { theme: 'dark' }, play: checkGrid };

export const AllStatesFrench: Story = { globals: { locale: 'fr' }, play: checkGrid };

export const AllStatesRightToLeft: Story = { globals: { direction: 'rtl' }, play: checkGrid };

export const AllStatesUnstyled: Story = { globals: { stylesheet: 'off' }, parameters: stylesheetOff, play: checkGrid };
