'use client';
import type { MemberConnectedApp } from '../core/types';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import type { RevokeFailure } from './internal/use-revoke-apps';

interface MemberConnectedAppsFailuresProps {
  failures: readonly RevokeFailure[];
  /** Tries the apps again whose failure may pass (rate limit, server, network, timeout); `kept` are the others. */
  onRetry: (apps: MemberConnectedApp[], kept: RevokeFailure[]) => void;
  onDismiss: () => void;
}

/**
 * The apps whose access could not be revoked, each with the reason ("You don’t have permission to revoke
 * access"), announced as an alert; Retry when trying again can help. Their rows stay in the list.
 */
export function MemberConnectedAppsFailures({ failures, onRetry, onDismiss }: MemberConnectedAppsFailuresProps) {
  const { memberApps: copy, locale } = useMessages();
  const retryable = failures.filter((failure) => failure.error.retryable);
  return (
    <div role="alert" data-slot="member-apps-failures">
      <p data-slot="member-apps-failures-title">{formatPlural(copy.failedTitle, failures.length, locale)}</p>
      {/* biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets */}
      <ul role="list" data-slot="member-apps-failures-list">
        {failures.map(({ app, error }) => (
          <li key={app.connectedAppId} data-slot="member-apps-failure" data-code={error.code}>
            {formatMessage(copy.failure, { app: app.name, reason: copy.reasons[error.code] ?? copy.reasons.other })}
          </li>
        ))}
      </ul>
      <div data-slot="member-apps-failures-actions">
        {retryable.length > 0 && (
          <button
            type="button"
            data-slot="member-apps-retry"
            onClick={() =>
              onRetry(
                retryable.map((failure) => failure.app),
                failures.filter((failure) => !failure.error.retryable),
              )
            }
          >
            {copy.retry}
          </button>
        )}
        <button type="button" data-slot="member-apps-dismiss" onClick={onDismiss}>
          {copy.dismiss}
        </button>
      </div>
    </div>
  );
}
