'use client';
import { type ComponentPropsWithoutRef, forwardRef, useEffect, useMemo, useRef, useState } from 'react';
import type { ConnectedAppError } from '../core/error';
import {
  type ConnectedAppsMessages,
  type DeepPartial,
  formatPlural,
  MessagesContext,
  useMessages,
} from '../messages/index';
import { CopyButton } from './copy-button';
import { cx } from './internal/cx';
import { isHttpUrl } from './internal/is-http-url';
import { isPromiseLike } from './internal/is-promise-like';
import { useCountdown } from './internal/use-countdown';

/** Props of {@link ErrorBanner}. */
export interface ErrorBannerProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** What went wrong (the `error` of `useConnectedApp`). */
  error: ConnectedAppError;
  /**
   * Called by the Retry button (and, without `retryAt`, when a rate limit's countdown ends). When it
   * returns a promise the button shows "Retrying…" until it settles. Without it no Retry button is shown.
   */
  onRetry?: () => unknown;
  /**
   * When the caller retries by itself (epoch ms): `useConnectedApp`'s `retryAt`. The banner then counts
   * down to it and leaves the retry to the caller; `null` means no retry is coming (no countdown). Left
   * out, a rate limit counts down its `retryAfterMs` and then calls `onRetry` once.
   */
  retryAt?: number | null;
  /**
   * Whether older data is still shown below the banner (a refresh failed): adds a note saying so.
   * @default false
   */
  hasStaleData?: boolean;
  /** Overrides of the provider's strings, for this component only. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * Says what failed and what to do next, for each error code: announced to screen readers, with the
 * request id to give support, a Retry button, a live countdown for rate limits, and Stytch's help link.
 *
 * @example
 * {state.status === 'error' && <ErrorBanner error={state.error} onRetry={state.refresh} hasStaleData={!!state.data} />}
 */
export const ErrorBanner = forwardRef<HTMLDivElement, ErrorBannerProps>(function ErrorBanner(
  { error, onRetry, retryAt, hasStaleData = false, messages: override, className, ...props },
  ref,
) {
  const messages = useMessages(override);
  const banner = messages.errorBanner;
  const missing =
    error.code === 'NOT_FOUND' ? error.errorType?.match(/^(organization|member)_not_found$/)?.[1] : undefined;
  const copy = missing
    ? banner.notFound[missing as 'organization' | 'member']
    : (banner.errors[error.code] ?? banner.errors.SERVER);
  const [retrying, setRetrying] = useState(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const retry = () => {
    if (!onRetry || retrying) return;
    const result = onRetry();
    if (!isPromiseLike(result)) return;
    setRetrying(true);
    const settle = () => {
      if (mounted.current) setRetrying(false);
    };
    result.then(settle, settle);
  };

  const ownsRetry = retryAt === undefined;
  const retryAfterMs = error.code === 'RATE_LIMITED' ? error.retryAfterMs : undefined;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new error restarts a rate limit's countdown, even with the same delay.
  const deadline = useMemo(() => {
    if (!ownsRetry) return retryAt ?? undefined;
    return retryAfterMs !== undefined && retryAfterMs > 0 ? Date.now() + retryAfterMs : undefined;
  }, [ownsRetry, retryAfterMs, retryAt, error]);
  const seconds = useCountdown(deadline, ownsRetry ? retry : () => undefined);
  const requestId = error.requestId?.trim() ? error.requestId : undefined;
  const errorUrl = isHttpUrl(error.errorUrl) ? error.errorUrl : undefined;

  // The banner's own strings, for its copy button too.
  return (
    <MessagesContext.Provider value={messages}>
      <div
        ref={ref}
        role="alert"
        // Announce only what changes (the Retry label), not the whole banner again on every update.
        aria-atomic="false"
        data-slot="error-banner"
        data-code={error.code}
        {...props}
        className={cx(className)}
      >
        <p data-slot="error-banner-title">{copy.title}</p>
        <p data-slot="error-banner-message">{copy.message}</p>
        <p data-slot="error-banner-next-step">{copy.nextStep}</p>
        {seconds !== undefined && seconds > 0 && (
          // role="timer" is a live region that is silent by default: the number changes every second.
          <p role="timer" data-slot="error-banner-countdown">
            {formatPlural(banner.retryIn, seconds, messages.locale)}
          </p>
        )}
        {hasStaleData && <p data-slot="error-banner-stale">{banner.staleData}</p>}
        {requestId !== undefined && (
          <p data-slot="error-banner-request-id">
            <span>{banner.requestIdLabel}</span> <code>{requestId}</code>{' '}
            <CopyButton value={requestId} label={banner.copyRequestId} />
          </p>
        )}
        {(onRetry || errorUrl) && (
          <div data-slot="error-banner-actions">
            {onRetry && (
              <button
                type="button"
                data-slot="error-banner-retry"
                data-state={retrying ? 'retrying' : 'idle'}
                // Not `disabled`: that would drop keyboard focus from the button while it works.
                aria-disabled={retrying || undefined}
                onClick={retry}
              >
                {retrying ? banner.retrying : banner.retry}
              </button>
            )}{' '}
            {errorUrl && (
              <a data-slot="error-banner-link" href={errorUrl} target="_blank" rel="noreferrer noopener">
                {banner.learnMore}
              </a>
            )}
          </div>
        )}
      </div>
    </MessagesContext.Provider>
  );
});
