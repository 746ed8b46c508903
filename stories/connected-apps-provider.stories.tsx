import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConnectedAppPanel, ConnectedAppsProvider, ScopeChips } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  fixtureScopePolicy,
  makeMembersDirectory,
} from 'react-connected-apps/testing';
import { expect, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { inFrench } from '../.storybook/in-french';

const app = fixtureApps.firstPartyPublic;
// The stories' stand-in for `createFetchTransport({ baseUrl: '/api/stytch' })`: the same answers (apps, the
// members search, the RBAC policy), from memory.
const transport = createMemoryTransport(
  { [FIXTURE_ORGANIZATION_ID]: Object.values(fixtureApps) },
  {
    members: { [FIXTURE_ORGANIZATION_ID]: makeMembersDirectory(app.activeMembers.map((member) => member.memberId)) },
    scopes: fixtureScopePolicy,
  },
);

const meta = {
  title: 'Components/ConnectedAppsProvider',
  component: ConnectedAppsProvider,
  args: { transport, retry: { maxRetries: 0 } },
  // Its own SWR cache per story, as a page has one: stories side by side never share data.
  render: (args) => (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider {...args}>
        <ConnectedAppPanel orgId={FIXTURE_ORGANIZATION_ID} appId={app.connectedAppId} />
      </ConnectedAppsProvider>
    </SWRConfig>
  ),
} satisfies Meta<typeof ConnectedAppsProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The provider hands its transport to the panel below it, which loads the app through it. */
export const WithTransport: Story = {
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: app.name })).toBeVisible();
  },
};

/** A whole catalogue: `messages={fr}` from `react-connected-apps/locales/fr`. */
export const French: Story = {
  args: { messages: fr },
  decorators: [inFrench],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('heading', { name: app.name });
    await expect(canvas.getByRole('heading', { name: fr.membersList.heading })).toBeVisible();
  },
};

/** Only the strings to change, over the parent's catalogue. */
export const OwnWords: Story = {
  args: { messages: { membersList: { heading: 'People with access' } } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('heading', { name: 'People with access' })).toBeVisible();
  },
};

/** The host's own risk rule, for every chip, dialog and scope view below: here `billing:*` is high risk. */
export const OwnScopeRisk: Story = {
  args: { scopeRisk: (scope) => (scope.startsWith('billing:') ? 'high' : undefined) },
  render: (args) => (
    <ConnectedAppsProvider {...args}>
      <ScopeChips scopes={['openid', 'billing:read', 'read:invoices']} />
    </ConnectedAppsProvider>
  ),
  play: async ({ canvasElement }) => {
    const chip = within(canvasElement).getByText('billing:read').closest('li');
    await expect(chip).toHaveAttribute('data-risk', 'high');
    await expect(chip).toHaveTextContent('High risk');
  },
};
