import type { Meta, StoryObj } from '@storybook/react-vite';
import { MemberStatus, type MemberStatusProps } from 'react-connected-apps';
import { makeOrganizationMember } from 'react-connected-apps/testing';
import { expect, within } from 'storybook/test';

const profile = (status: string) => makeOrganizationMember({ status });

/** One status beside the name it qualifies, as a `renderMember` function shows it. */
function Beside(props: MemberStatusProps) {
  return (
    <p>
      Ada Lovelace <MemberStatus {...props} />
    </p>
  );
}

const meta = {
  title: 'Components/MemberStatus',
  component: MemberStatus,
  args: { profile: profile('invited') },
  render: (args) => <Beside {...args} />,
} satisfies Meta<typeof MemberStatus>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Invited: Story = {
  play: async ({ canvasElement }) => {
    const status = canvasElement.querySelector('[data-slot="member-status"]');
    await expect(status).toHaveTextContent('Invited');
    await expect(status).toHaveAttribute('data-status', 'invited');
  },
};

export const Deleted: Story = { args: { profile: profile('deleted') } };

/** The members search did not return the member: `profile` is `null`. */
export const NotFound: Story = {
  args: { profile: null },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Not found')).toHaveAttribute('data-status', 'not_found');
  },
};

/** A status this version does not know is shown as Stytch sends it. */
export const OtherStatus: Story = { args: { profile: profile('suspended') } };

/** An active member, or one not looked up yet (`undefined`): nothing is rendered. */
export const Active: Story = {
  args: { profile: profile('active') },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[data-slot="member-status"]')).toBeNull();
  },
};
