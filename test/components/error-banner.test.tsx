import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import {
  type ConnectedAppErrorCode,
  ConnectedAppsProvider,
  createMemoryTransport,
  ErrorBanner,
  en,
} from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { makeConnectedAppError } from 'react-connected-apps/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

const codes = Object.keys(en.errorBanner.errors) as ConnectedAppErrorCode[];

describe('ErrorBanner', () => {
  it.each(codes)('announces the title, message and next step of %s', (code) => {
    render(<ErrorBanner error={makeConnectedAppError(code, { retryAfterMs: undefined })} />);
    const alert = screen.getByRole('alert');
    const copy = en.errorBanner.errors[code];
    expect(alert).toHaveAttribute('data-slot', 'error-banner');
    expect(alert).toHaveAttribute('data-code', code);
    expect(alert).toHaveTextContent(copy.title);
    expect(alert).toHaveTextContent(copy.message);
    expect(alert).toHaveTextContent(copy.nextStep);
  });

  it.each([
    ['member_not_found', 'Member not found', 'This member does not exist in this organization.'],
    [
      'organization_not_found',
      'Organization not found',
      'This organization does not exist, or it is not yours to see.',
    ],
    ['connected_app_not_found', 'App not found', 'This connected app does not exist in this organization.'],
    [undefined, 'App not found', 'This connected app does not exist in this organization.'],
  ])('names what was not found from Stytch’s error_type (%s)', (errorType, title, message) => {
    render(<ErrorBanner error={makeConnectedAppError('NOT_FOUND', { errorType })} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(title);
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveAttribute('data-code', 'NOT_FOUND');
  });

  it('says “Membre introuvable” in French for a missing member', () => {
    render(<ErrorBanner error={makeConnectedAppError('NOT_FOUND', { errorType: 'member_not_found' })} messages={fr} />);
    expect(screen.getByRole('alert')).toHaveTextContent(fr.errorBanner.notFound.member.title);
    expect(fr.errorBanner.notFound.member.title).toBe('Membre introuvable');
  });

  it('shows the request id with a button that copies it', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<ErrorBanner error={makeConnectedAppError('SERVER', { requestId: 'request-id-42' })} />);
    expect(screen.getByText('Request ID')).toBeInTheDocument();
    expect(screen.getByText('request-id-42')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy request ID' }));
    expect(writeText).toHaveBeenCalledWith('request-id-42');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('shows no request id when the error has none', () => {
    render(<ErrorBanner error={makeConnectedAppError('NETWORK')} />);
    expect(screen.queryByText('Request ID')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Copy request ID' })).toBeNull();
  });

  it('calls onRetry from the Retry button, showing "Retrying…" until its promise settles', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    const onRetry = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<ErrorBanner error={makeConnectedAppError('SERVER')} onRetry={onRetry} />);

    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    const button = screen.getByRole('button', { name: 'Retrying…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await user.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);

    await act(async () => finish());
    expect(screen.getByRole('button', { name: 'Retry' })).not.toHaveAttribute('aria-disabled');
  });

  it('shows no Retry button without onRetry', () => {
    render(<ErrorBanner error={makeConnectedAppError('SERVER')} />);
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
  });

  describe('rate limit countdown', () => {
    it('counts down 2, then 1 second, then retries once', async () => {
      vi.useFakeTimers();
      const onRetry = vi.fn();
      render(<ErrorBanner error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 2000 })} onRetry={onRetry} />);
      expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 2 seconds');

      await act(async () => vi.advanceTimersByTime(1000));
      expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 1 second');
      expect(onRetry).not.toHaveBeenCalled();

      await act(async () => vi.advanceTimersByTime(1000));
      expect(onRetry).toHaveBeenCalledTimes(1);
      expect(screen.queryByRole('timer')).toBeNull();

      await act(async () => vi.advanceTimersByTime(10_000));
      expect(onRetry).toHaveBeenCalledTimes(1);
    });

    it('rounds a partial second up and counts in the provider’s language', async () => {
      vi.useFakeTimers();
      render(
        <ConnectedAppsProvider transport={createMemoryTransport({})} messages={fr}>
          <ErrorBanner error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 1500 })} />
        </ConnectedAppsProvider>,
      );
      expect(screen.getByRole('timer')).toHaveTextContent('Nouvelle tentative dans 2 secondes');
      await act(async () => vi.advanceTimersByTime(500));
      expect(screen.getByRole('timer')).toHaveTextContent('Nouvelle tentative dans 1 seconde');
    });

    it('stops its timer on unmount', async () => {
      vi.useFakeTimers();
      const onRetry = vi.fn();
      const { unmount } = render(
        <ErrorBanner error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 2000 })} onRetry={onRetry} />,
      );
      await act(async () => vi.advanceTimersByTime(1000));
      unmount();
      expect(vi.getTimerCount()).toBe(0);
      await act(async () => vi.advanceTimersByTime(5000));
      expect(onRetry).not.toHaveBeenCalled();
    });

    it('counts down to the caller’s own retry (retryAt) and never retries by itself', async () => {
      vi.useFakeTimers();
      const onRetry = vi.fn();
      render(<ErrorBanner error={makeConnectedAppError('SERVER')} onRetry={onRetry} retryAt={Date.now() + 3000} />);
      expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 3 seconds');
      await act(async () => vi.advanceTimersByTime(3000));
      expect(screen.queryByRole('timer')).toBeNull();
      await act(async () => vi.advanceTimersByTime(10_000));
      expect(onRetry).not.toHaveBeenCalled();
    });

    it('shows no countdown and sends nothing when the caller says no retry is coming (retryAt null)', async () => {
      vi.useFakeTimers();
      const onRetry = vi.fn();
      render(
        <ErrorBanner
          error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 2000 })}
          onRetry={onRetry}
          retryAt={null}
        />,
      );
      expect(screen.queryByRole('timer')).toBeNull();
      await act(async () => vi.advanceTimersByTime(10_000));
      expect(onRetry).not.toHaveBeenCalled();
      expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    });

    it('starts again for a new rate-limit error', async () => {
      vi.useFakeTimers();
      const onRetry = vi.fn();
      const { rerender } = render(
        <ErrorBanner error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 1000 })} onRetry={onRetry} />,
      );
      await act(async () => vi.advanceTimersByTime(1000));
      expect(onRetry).toHaveBeenCalledTimes(1);
      rerender(<ErrorBanner error={makeConnectedAppError('RATE_LIMITED', { retryAfterMs: 3000 })} onRetry={onRetry} />);
      expect(screen.getByRole('timer')).toHaveTextContent('Retrying in 3 seconds');
    });
  });

  describe('help link', () => {
    it('links an https error_url in a new tab without referrer', () => {
      render(<ErrorBanner error={makeConnectedAppError('UNAUTHORIZED', { errorUrl: 'https://stytch.com/docs/x' })} />);
      const link = screen.getByRole('link', { name: 'Learn more about this error' });
      expect(link).toHaveAttribute('href', 'https://stytch.com/docs/x');
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noreferrer noopener');
    });

    it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'stytch.com/docs', ''])(
      'renders no link for %j',
      (errorUrl) => {
        const { container } = render(<ErrorBanner error={makeConnectedAppError('UNAUTHORIZED', { errorUrl })} />);
        expect(screen.queryByRole('link')).toBeNull();
        expect(container.querySelector('a')).toBeNull();
      },
    );
  });

  it('adds a note when older data is still shown', () => {
    const { rerender } = render(<ErrorBanner error={makeConnectedAppError('SERVER')} />);
    expect(screen.queryByText(en.errorBanner.staleData)).toBeNull();
    rerender(<ErrorBanner error={makeConnectedAppError('SERVER')} hasStaleData />);
    expect(screen.getByText(en.errorBanner.staleData)).toBeInTheDocument();
  });

  it('takes strings from the provider, and its own messages over them', () => {
    render(
      <ConnectedAppsProvider transport={createMemoryTransport({})} messages={fr}>
        <ErrorBanner
          error={makeConnectedAppError('FORBIDDEN')}
          onRetry={() => {}}
          messages={{ errorBanner: { retry: 'Encore', errors: { FORBIDDEN: { title: 'Interdit' } } } }}
        />
      </ConnectedAppsProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Interdit');
    expect(screen.getByRole('alert')).toHaveTextContent(fr.errorBanner.errors.FORBIDDEN.message);
    expect(screen.getByRole('button', { name: 'Encore' })).toBeInTheDocument();
    expect(screen.getByText('ID de requête')).toBeInTheDocument();
  });

  it('forwards ref, puts className (in order, on the root only) beside its own data-slot and passes other props through', () => {
    const ref = createRef<HTMLDivElement>();
    const { container } = render(
      <ErrorBanner
        ref={ref}
        error={makeConnectedAppError('SERVER')}
        onRetry={() => undefined}
        className="banner loud"
        id="problem"
      />,
    );
    const alert = screen.getByRole('alert');
    expect(ref.current).toBe(alert);
    // No class of its own to merge with: the consumer's classes are the whole list, and only the root has them.
    expect(alert.getAttribute('class')).toBe('banner loud');
    expect(container.querySelectorAll('.banner')).toHaveLength(1);
    expect(alert).toHaveAttribute('id', 'problem');
    expect(alert).toHaveAttribute('data-slot', 'error-banner');
    expect(alert).toHaveAttribute('data-code', 'SERVER');
  });

  it('adds no class of its own anywhere', () => {
    const { container } = render(<ErrorBanner error={makeConnectedAppError('SERVER')} onRetry={() => undefined} />);
    expect(container.querySelectorAll('[class]')).toHaveLength(0);
  });

  it('does not throw when onRetry rejects', async () => {
    const onRetry = vi.fn(() => Promise.reject(new Error('offline')));
    render(<ErrorBanner error={makeConnectedAppError('NETWORK')} onRetry={onRetry} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Retry' })));
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
