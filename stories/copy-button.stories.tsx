import type { Meta, StoryObj } from '@storybook/react-vite';
import { CopyButton } from 'react-connected-apps';
import { expect, fn, within } from 'storybook/test';

const meta = {
  title: 'Components/CopyButton',
  component: CopyButton,
  args: { value: 'connected-app-test-d5ad1f6e-5b4b-4c36-8f3b-9a4e51b1f0c2', label: 'Copy app ID', onClick: fn() },
} satisfies Meta<typeof CopyButton>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A button named by `label`, and beside it the polite live region that will say "Copied". */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Copy app ID' });
    await expect(button).toHaveTextContent('Copy');
    await expect(button).toHaveAttribute('data-state', 'idle');
    await expect(canvas.getByRole('status')).toBeEmptyDOMElement();
  },
};

/** Its own words, through `messages`. The visible text stays part of the name `label` gives. */
export const OwnWords: Story = {
  args: { label: 'Copy ID of Ledgerly Accounting', messages: { copy: { copy: 'Copy ID', copied: 'ID copied' } } },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Copy ID of Ledgerly Accounting' });
    await expect(button).toHaveTextContent('Copy ID');
  },
};
