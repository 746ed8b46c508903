import type { Meta, StoryObj } from '@storybook/react-vite';
import { ConnectedAppsMessagesProvider, ErrorBanner } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { makeConnectedAppError } from 'react-connected-apps/testing';
import { expect, fn, within } from 'storybook/test';
import { inFrench } from '../.storybook/in-french';

const error = makeConnectedAppError('FORBIDDEN');
const onRetry = fn();

const meta = {
  title: 'Components/ConnectedAppsMessagesProvider',
  component: ConnectedAppsMessagesProvider,
  args: { messages: { errorBanner: { retry: 'Try again' } } },
  render: (args) => (
    <ConnectedAppsMessagesProvider {...args}>
      <ErrorBanner error={error} onRetry={onRetry} />
    </ConnectedAppsMessagesProvider>
  ),
} satisfies Meta<typeof ConnectedAppsMessagesProvider>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A few words changed for one subtree; every other string is the page's. */
export const OwnWords: Story = {
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(within(alert).getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** A whole catalogue for one subtree. */
export const French: Story = {
  args: { messages: fr },
  decorators: [inFrench],
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent(fr.errorBanner.errors.FORBIDDEN.title);
  },
};
