import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConnectedAppSummary } from 'react-connected-apps';
import { fixtureApps, makeActiveMembers, makeConnectedApp, makeLargeApp } from 'react-connected-apps/testing';
import { expect, spyOn, userEvent, within } from 'storybook/test';
import { unstyled } from '../.storybook/docs-parameters';

/** A logo served next to the stories, as an absolute http(s) URL like the ones Stytch returns. */
const logoUrl = new URL('./assets/acme-logo.svg?no-inline', import.meta.url).href;

const meta = {
  title: 'Components/ConnectedAppSummary',
  component: ConnectedAppSummary,
  args: { app: { ...fixtureApps.firstParty, logoUrl } },
} satisfies Meta<typeof ConnectedAppSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

const avatar = (canvasElement: HTMLElement) => canvasElement.querySelector('[data-slot="connected-app-avatar"]');

export const FirstParty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'Acme Admin Console' })).toBeVisible();
    await expect(canvas.getByRole('img', { name: 'Acme Admin Console logo' })).toBeVisible();
    await expect(canvas.getByText('First party')).toBeVisible();
    await expect(canvas.getByText('3 active members')).toBeVisible();
  },
};

export const FirstPartyPublic: Story = {
  args: { app: fixtureApps.firstPartyPublic },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('First party, public')).toBeVisible();
  },
};

export const ThirdParty: Story = {
  args: { app: fixtureApps.thirdParty },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Third party')).toBeVisible();
  },
};

export const ThirdPartyPublic: Story = {
  args: { app: fixtureApps.thirdPartyPublic },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Third party, public')).toBeVisible();
    await expect(within(canvasElement).getByText('1 active member')).toBeVisible();
  },
};

/** A client type this version does not know: shown verbatim, not treated as an error. */
export const UnknownClientType: Story = {
  args: { app: fixtureApps.unknownType },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Other (machine_to_machine)')).toBeVisible();
  },
};

export const NoLogo: Story = {
  args: { app: { ...fixtureApps.firstParty, logoUrl: null } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
    await expect(avatar(canvasElement)).toHaveTextContent('AC');
  },
};

/** The logo's host never answers (`.invalid` cannot resolve): the initials take its place. */
export const BrokenLogo: Story = {
  args: { app: { ...fixtureApps.firstParty, logoUrl: 'https://logo.invalid/acme.png' } },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('AC', {}, { timeout: 5000 })).toBeVisible();
    await expect(within(canvasElement).queryByRole('img')).toBeNull();
  },
};

/** A `javascript:` logo URL is never put in `src`. */
export const UnsafeLogoUrl: Story = {
  args: { app: { ...fixtureApps.firstParty, logoUrl: 'javascript:alert(1)' } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(avatar(canvasElement)).toHaveTextContent('AC');
  },
};

export const NoDescription: Story = {
  args: { app: { ...fixtureApps.thirdParty, description: '' } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No description.')).toBeVisible();
  },
};

export const NoMembers: Story = {
  args: { app: fixtureApps.noMembers },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('0 active members')).toBeVisible();
  },
};

export const FiftyMembers: Story = {
  args: { app: fixtureApps.thirdParty },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('50 active members')).toBeVisible();
  },
};

export const TenThousandMembers: Story = {
  args: { app: makeLargeApp(10_000) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('10,000 active members')).toBeVisible();
  },
};

const longApp = makeConnectedApp({
  connectedAppId: `connected-app-test-${'0123456789abcdef'.repeat(6)}`,
  name: 'Enterprise Resource Planning Synchronisation Gateway for the Northern Hemisphere Subsidiaries',
  description: `Supercalifragilisticexpialidocious${'-and-more'.repeat(12)} ${'A long description that wraps. '.repeat(6)}`,
  clientType: 'third_party_public',
  activeMembers: makeActiveMembers(1234),
});

/** Long names, descriptions and an unbroken id in a 360 px column: everything wraps, nothing overflows. */
export const LongTextAt360px: Story = {
  args: { app: longApp },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector<HTMLElement>('[data-slot="connected-app-summary"]');
    await expect(summary).not.toBeNull();
    if (summary) await expect(summary.scrollWidth).toBeLessThanOrEqual(summary.clientWidth);
  },
};

/** Right-to-left text in a right-to-left page: the logo and labels sit at the inline start (the right). */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    app: makeConnectedApp({
      name: 'تطبيق المحاسبة',
      description: 'يزامن الفواتير مع نظام المحاسبة.',
      clientType: 'third_party',
      activeMembers: makeActiveMembers(7),
    }),
  },
  play: async ({ canvasElement }) => {
    const heading = within(canvasElement).getByRole('heading', { name: 'تطبيق المحاسبة' });
    const avatarBox = avatar(canvasElement)?.getBoundingClientRect();
    await expect(avatarBox).toBeDefined();
    if (avatarBox) await expect(avatarBox.left).toBeGreaterThan(heading.getBoundingClientRect().left);
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { app: fixtureApps.thirdParty },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { app: fixtureApps.thirdParty },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Tierce')).toBeVisible();
    await expect(canvas.getByText('50 membres actifs')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Copier l’ID de l’app' })).toBeVisible();
  },
};

/** The markup alone, without the library stylesheet. */
export const Unstyled: Story = {
  parameters: unstyled,
  args: { app: fixtureApps.thirdParty },
};

/** Per-component strings over the provider's. */
export const CustomMessages: Story = {
  args: {
    app: fixtureApps.thirdParty,
    messages: { summary: { appIdLabel: 'Client ID', copyAppId: 'Copy client ID' } },
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Client ID')).toBeVisible();
  },
};

export const CopyAppId: Story = {
  args: { app: fixtureApps.thirdParty },
  // The test browser may refuse clipboard access: the write is observed, not performed.
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => writeText.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy app ID' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith(fixtureApps.thirdParty.connectedAppId);
    await expect(await canvas.findByText('Copied')).toBeVisible();
  },
};

const everyState = [
  { title: 'First party, logo', app: { ...fixtureApps.firstParty, logoUrl } },
  { title: 'First party, public', app: fixtureApps.firstPartyPublic },
  { title: 'Third party', app: fixtureApps.thirdParty },
  { title: 'Third party, public', app: fixtureApps.thirdPartyPublic },
  { title: 'Unknown type', app: fixtureApps.unknownType },
  { title: 'Broken logo', app: { ...fixtureApps.firstParty, logoUrl: 'https://logo.invalid/acme.png' } },
  { title: 'No members', app: fixtureApps.noMembers },
  { title: 'Long text', app: longApp },
];

/** Every state side by side. */
export const AllStates: Story = {
  render: (args) => (
    <div
      style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))' }}
    >
      {everyState.map(({ title, app }) => (
        <div key={title}>
          <p style={{ marginBlock: '0 0.5rem', fontWeight: 600 }}>{title}</p>
          <ConnectedAppSummary {...args} app={app} />
        </div>
      ))}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('[data-slot="connected-app-summary"]')).toHaveLength(everyState.length);
  },
};
