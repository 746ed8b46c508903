import type { Meta, StoryObj } from '@storybook/react-vite';
import { type ConnectedAppErrorCode, ErrorBanner, en } from 'react-connected-apps';
import { makeConnectedAppError } from 'react-connected-apps/testing';
import { expect, fn, spyOn, userEvent, waitFor, within } from 'storybook/test';
import { unstyled } from '../.storybook/docs-parameters';

const meta = {
  title: 'Components/ErrorBanner',
  component: ErrorBanner,
  args: { error: makeConnectedAppError('SERVER'), onRetry: fn() },
  // A `ConnectedAppError` is not plain data: the object editor of the Controls panel would copy it through its
  // constructor, which refuses it. Each story sets its error; the panel shows it read-only.
  argTypes: { error: { control: false } },
} satisfies Meta<typeof ErrorBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A story for one error code, checking it shows that code's title, message and next step. */
function codeStory(code: ConnectedAppErrorCode): Story {
  const copy = en.errorBanner.errors[code];
  return {
    args: { error: makeConnectedAppError(code) },
    play: async ({ canvasElement }) => {
      const alert = within(canvasElement).getByRole('alert');
      await expect(alert).toHaveTextContent(copy.title);
      await expect(alert).toHaveTextContent(copy.message);
      await expect(alert).toHaveTextContent(copy.nextStep);
    },
  };
}

export const BadRequest = codeStory('BAD_REQUEST');
export const Unauthorized = codeStory('UNAUTHORIZED');
export const Forbidden = codeStory('FORBIDDEN');
export const NotFound = codeStory('NOT_FOUND');
/** A 429: counts down from `Retry-After`, then calls `onRetry` by itself. */
export const RateLimited: Story = {
  args: { error: makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 2000 }), onRetry: fn() },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('timer')).toHaveTextContent('Retrying in 2 seconds');
    await expect(await canvas.findByText('Retrying in 1 second', {}, { timeout: 2000 })).toBeVisible();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 3000 });
  },
};
export const Server = codeStory('SERVER');
export const Network = codeStory('NETWORK');
export const Timeout = codeStory('TIMEOUT');
export const InvalidResponse = codeStory('INVALID_RESPONSE');

export const WithoutRequestId: Story = {
  args: { error: makeConnectedAppError('SERVER', { requestId: undefined }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByText('Request ID')).toBeNull();
  },
};

/** A refresh failed while older data is still on screen. */
export const WithStaleData: Story = {
  args: { error: makeConnectedAppError('SERVER'), hasStaleData: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(en.errorBanner.staleData)).toBeVisible();
  },
};

export const WithoutRetry: Story = {
  args: { error: makeConnectedAppError('FORBIDDEN'), onRetry: undefined },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('button', { name: 'Retry' })).toBeNull();
  },
};

/** `onRetry` returns a promise: the button says "Retrying…" until it settles. */
export const RetryClicked: Story = {
  args: {
    error: makeConnectedAppError('NETWORK'),
    onRetry: fn(() => new Promise<void>((resolve) => setTimeout(resolve, 500))),
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Retry' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
    await expect(canvas.getByRole('button', { name: 'Retrying…' })).toHaveAttribute('aria-disabled', 'true');
    await expect(await canvas.findByRole('button', { name: 'Retry' })).toBeVisible();
  },
};

export const CopyRequestId: Story = {
  args: { error: makeConnectedAppError('SERVER', { requestId: 'request-id-test-b05c992f' }) },
  // The test browser may refuse clipboard access: the write is observed, not performed.
  beforeEach: () => {
    const writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    return () => writeText.mockRestore();
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy request ID' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith('request-id-test-b05c992f');
    await expect(await canvas.findByText('Copied')).toBeVisible();
  },
};

/** Stytch's `error_url` is linked only when it is http(s). */
export const UnsafeErrorUrl: Story = {
  args: { error: makeConnectedAppError('UNAUTHORIZED', { errorUrl: 'javascript:alert(1)' }) },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).toBeNull();
  },
};

export const LongRequestIdAt360px: Story = {
  args: { error: makeConnectedAppError('SERVER', { requestId: `request-id-${'b05c992febdc489d'.repeat(6)}` }) },
  decorators: [
    (Story) => (
      <div style={{ maxInlineSize: 360 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert.scrollWidth).toBeLessThanOrEqual(alert.clientWidth);
  },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { error: makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 60_000 }), hasStaleData: true },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { error: makeConnectedAppError('SERVER'), hasStaleData: true },
};

export const DarkRateLimited: Story = {
  globals: { theme: 'dark' },
  args: { error: makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 60_000 }) },
};

export const French: Story = {
  globals: { locale: 'fr' },
  args: { error: makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 60_000 }), hasStaleData: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Trop de requêtes');
    await expect(canvas.getByRole('timer')).toHaveTextContent(/Nouvelle tentative dans \d+ secondes/);
  },
};

export const Unstyled: Story = {
  parameters: unstyled,
  args: { error: makeConnectedAppError('SERVER'), hasStaleData: true },
};

const codes = Object.keys(en.errorBanner.errors) as ConnectedAppErrorCode[];

/** Every code, with and without a request id, with and without stale data. */
export const AllStates: Story = {
  render: (args) => (
    <div
      style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 22rem), 1fr))' }}
    >
      {codes.flatMap((code) => [
        <ErrorBanner
          key={`${code}-full`}
          {...args}
          error={makeConnectedAppError(code, { requestId: 'request-id-test-b05c992f', retryAfterMs: 60_000 })}
          hasStaleData
        />,
        <ErrorBanner
          key={`${code}-bare`}
          {...args}
          error={makeConnectedAppError(code, { requestId: undefined, errorUrl: undefined, retryAfterMs: undefined })}
          hasStaleData={false}
        />,
      ])}
    </div>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getAllByRole('alert')).toHaveLength(codes.length * 2);
  },
};
