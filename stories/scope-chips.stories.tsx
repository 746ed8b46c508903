import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ReactNode, useState } from 'react';
import { ConnectedAppsProvider, ScopeChips, useMessages } from 'react-connected-apps';
import { createMemoryTransport, fixtureScopePolicy } from 'react-connected-apps/testing';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { SWRConfig } from 'swr';
import { unstyled } from '../.storybook/docs-parameters';

const standard = ['openid', 'profile', 'email', 'phone', 'offline_access'];

/** Every risk tier: OpenID Connect scopes, and one custom scope of each tier from the sample RBAC policy. */
const everyTier = [
  'openid',
  'offline_access',
  'read:invoices',
  'write:reports',
  'delete:records',
  'admin:all',
  'legacy',
];

/** A provider whose memory transport serves the sample RBAC policy, with the story frame's catalogue. */
function WithPolicy({ children }: { children: ReactNode }) {
  const messages = useMessages();
  const [transport] = useState(() => createMemoryTransport({}, { scopes: fixtureScopePolicy }));
  return (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport} messages={messages}>
        {children}
      </ConnectedAppsProvider>
    </SWRConfig>
  );
}

const chip = (canvasElement: HTMLElement, label: string) =>
  Array.from(canvasElement.querySelectorAll('[data-slot="scope-chip"]')).find(
    (item) => item.querySelector('[data-slot="scope-chip-label"]')?.textContent === label,
  );

const meta = {
  title: 'Components/ScopeChips',
  component: ScopeChips,
  args: { scopes: ['openid', 'profile', 'email'] },
} satisfies Meta<typeof ScopeChips>;
export default meta;
type Story = StoryObj<typeof meta>;

export const StandardScopes: Story = {
  args: { scopes: standard },
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list', { name: 'Granted scopes' });
    await expect(within(list).getByText('Sign-in')).toBeVisible();
    await expect(within(list).getByText('Offline access')).toBeVisible();
  },
};

export const CustomScopes: Story = {
  args: { scopes: ['read:invoices', 'write:reports', 'admin'] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('read:invoices')).toBeVisible();
  },
};

/** With the RBAC policy: custom scopes explained, and every tier in words ("High risk" and "Long-lived" shown). */
export const MeaningsAndRisk: Story = {
  args: { scopes: everyTier },
  decorators: [(Story) => <WithPolicy>{Story()}</WithPolicy>],
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(chip(canvasElement, 'admin:all')).toHaveAttribute('data-risk', 'high'));
    const canvas = within(canvasElement);
    await expect(canvas.getAllByText('High risk')).toHaveLength(2);
    for (const text of canvas.getAllByText('High risk')) await expect(text).toBeVisible();
    await expect(canvas.getByText('Long-lived')).toBeVisible();
    await expect(chip(canvasElement, 'write:reports')).toHaveTextContent('Medium risk');
    await expect(chip(canvasElement, 'legacy')).toHaveAttribute('data-risk', 'unknown');
    await expect(chip(canvasElement, 'read:invoices')).toHaveAttribute('title', 'Read invoices and their line items.');
  },
};

export const MeaningsAndRiskDark: Story = {
  ...MeaningsAndRisk,
  globals: { theme: 'dark' },
};

export const MeaningsAndRiskFrench: Story = {
  ...MeaningsAndRisk,
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(chip(canvasElement, 'admin:all')).toHaveAttribute('data-risk', 'high'));
    await expect(chip(canvasElement, 'admin:all')).toHaveTextContent('Risque élevé');
    await expect(within(canvasElement).getByText('Longue durée')).toBeVisible();
  },
};

export const Mixed: Story = { args: { scopes: ['openid', 'email', 'read:invoices', 'offline_access'] } };

export const Duplicates: Story = {
  args: { scopes: ['openid', 'openid', 'email', 'email', 'email', 'read:invoices', 'read:invoices'] },
  play: async ({ canvasElement }) => {
    const chips = canvasElement.querySelectorAll('[data-slot="scope-chip"]');
    await expect(chips).toHaveLength(3);
  },
};

export const Overflow: Story = {
  args: { scopes: [...standard, 'read:invoices', 'write:reports'], max: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: '+4 more' }));
    await expect(canvas.getByText('write:reports')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Show less' }));
    await expect(canvas.queryByText('write:reports')).toBeNull();
    await expect(canvas.getByRole('button', { name: '+4 more' })).toHaveFocus();
  },
};

export const Empty: Story = {
  args: { scopes: [] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No scopes granted')).toBeVisible();
  },
};

/** One long custom scope and many chips at 360 px: chips wrap, a long token breaks. */
export const Narrow: Story = {
  args: {
    scopes: [...standard, 'urn:example:scopes:accounting:invoices.read-write-and-export-everything', 'admin'],
  },
  decorators: [
    (Story) => (
      <div style={{ inlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const list = within(canvasElement).getByRole('list');
    await expect(list.scrollWidth).toBeLessThanOrEqual(360);
  },
};

export const French: Story = {
  args: { scopes: [...standard, 'read:invoices'], max: 4 },
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('list', { name: 'Autorisations accordées' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: '+2 autres' })).toBeVisible();
  },
};

export const Dark: Story = { args: { scopes: [...standard, 'read:invoices'], max: 4 }, globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  args: { scopes: ['openid', 'email', 'قراءة:الفواتير', 'read:invoices'], max: 3 },
  globals: { direction: 'rtl' },
};

export const Unstyled: Story = {
  args: { scopes: [...standard, 'read:invoices'], max: 4 },
  parameters: unstyled,
};

export const AllStates: Story = {
  render: () => (
    <div style={{ display: 'grid', gap: '1rem' }}>
      <ScopeChips scopes={standard} />
      <ScopeChips scopes={['read:invoices', 'write:reports']} />
      <ScopeChips scopes={['openid', 'openid', 'email']} />
      <ScopeChips scopes={[...standard, 'read:invoices']} max={2} />
      <ScopeChips scopes={[]} />
    </div>
  ),
};
