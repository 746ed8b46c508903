'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { ConnectedApp } from '../core/types';
import {
  type ConnectedAppsMessages,
  type DeepPartial,
  formatMessage,
  formatPlural,
  MessagesContext,
  useMessages,
} from '../messages/index';
import { CopyButton } from './copy-button';
import { AppLogo } from './internal/app-logo';
import { cx } from './internal/cx';
import { Heading, type HeadingLevel } from './internal/heading';

/** Props of {@link ConnectedAppSummary}. */
export interface ConnectedAppSummaryProps extends ComponentPropsWithoutRef<'div'> {
  /** The app to describe (from `useConnectedApp`, your own fetch, or a fixture). */
  app: ConnectedApp;
  /**
   * Level of the heading holding the app's name, to fit your page's outline.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the provider's strings, for this component only. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

function clientTypeCopy(messages: ConnectedAppsMessages, app: ConnectedApp) {
  const known = Object.hasOwn(messages.clientTypes, app.clientType);
  const copy = known ? messages.clientTypes[app.clientType] : messages.clientTypes.unknown;
  return { label: formatMessage(copy.label, { raw: app.rawClientType }), description: copy.description };
}

/**
 * What a Connected App is: logo (or initials), name, description, client type, id (with a copy button)
 * and how many members have it installed.
 *
 * @example
 * <ConnectedAppSummary app={state.data} headingLevel={3} />
 */
export const ConnectedAppSummary = forwardRef<HTMLDivElement, ConnectedAppSummaryProps>(function ConnectedAppSummary(
  { app, headingLevel = 2, messages: override, className, ...props },
  ref,
) {
  const messages = useMessages(override);
  const { summary } = messages;
  const clientType = clientTypeCopy(messages, app);
  const hasDescription = app.description.trim() !== '';
  return (
    <MessagesContext.Provider value={messages}>
      <div
        ref={ref}
        data-slot="connected-app-summary"
        data-client-type={app.clientType}
        {...props}
        className={cx(className)}
      >
        <div data-slot="connected-app-summary-header">
          <AppLogo name={app.name} logoUrl={app.logoUrl} alt={formatMessage(summary.logoAlt, { name: app.name })} />
          <div data-slot="connected-app-summary-heading">
            {/* Focusable by script only: the panel moves focus here when an error banner it held goes away. */}
            <Heading level={headingLevel} data-slot="connected-app-summary-name" tabIndex={-1}>
              {app.name}
            </Heading>
            <p data-slot="connected-app-summary-members">
              {formatPlural(summary.activeMembers, app.activeMembers.length, messages.locale)}
            </p>
          </div>
        </div>
        <p data-slot="connected-app-summary-description" data-empty={hasDescription ? undefined : ''}>
          {hasDescription ? app.description : summary.noDescription}
        </p>
        <dl data-slot="connected-app-summary-details">
          <div data-slot="connected-app-summary-detail">
            <dt>{summary.clientTypeLabel}</dt>
            <dd>
              <span data-slot="client-type-badge" data-client-type={app.clientType}>
                {clientType.label}
              </span>
            </dd>
            <dd data-slot="client-type-description">{clientType.description}</dd>
          </div>
          <div data-slot="connected-app-summary-detail">
            <dt>{summary.appIdLabel}</dt>
            <dd data-slot="connected-app-summary-id">
              <code>{app.connectedAppId}</code> <CopyButton value={app.connectedAppId} label={summary.copyAppId} />
            </dd>
          </div>
        </dl>
      </div>
    </MessagesContext.Provider>
  );
});
