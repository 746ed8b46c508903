'use client';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type KeyboardEvent,
  useId,
  useImperativeHandle,
  useRef,
  useState,
} from 'react';
import type { ClientType } from '../core/types';
import {
  type ConnectedAppsMessages,
  type DeepPartial,
  formatPlural,
  MessagesContext,
  useMessages,
} from '../messages/index';
import { useConnectedApps } from '../react/use-connected-apps';
import { ErrorBanner } from './error-banner';
import { AppLogo } from './internal/app-logo';
import { clientTypeLabel } from './internal/client-type-label';
import { cx } from './internal/cx';
import { Heading, type HeadingLevel } from './internal/heading';
import { useFocusFallback } from './internal/use-focus-fallback';

/** Props of {@link ConnectedAppsList}. */
export interface ConnectedAppsListProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The organization's id, slug or external id. Blank: the list stays idle and fetches nothing. */
  orgId: string | null | undefined;
  /** The app shown as selected (`aria-current="true"`, `data-selected`), e.g. from your route. */
  selectedAppId?: string | null;
  /** Called with an app's id when the reader picks it. Your page decides what happens (usually a route change). */
  onSelectApp?: (connectedAppId: string) => void;
  /**
   * Level of the "Connected apps" heading.
   * @default 2
   */
  headingLevel?: HeadingLevel;
  /** Overrides of the provider's strings, for this list and everything in it. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/** Up and Down (wrapping), Home and End move between the apps' buttons; Tab leaves the list. */
function moveFocus(event: KeyboardEvent<HTMLButtonElement>) {
  const buttons = Array.from(event.currentTarget.closest('ul')?.querySelectorAll('button') ?? []);
  const index = buttons.indexOf(event.currentTarget);
  const last = buttons.length - 1;
  let next: number;
  if (event.key === 'ArrowDown') next = index === last ? 0 : index + 1;
  else if (event.key === 'ArrowUp') next = index === 0 ? last : index - 1;
  else if (event.key === 'Home') next = 0;
  else if (event.key === 'End') next = last;
  else return;
  event.preventDefault();
  buttons[next]?.focus();
}

/**
 * The organization's Connected Apps (those some member installed), wired to `useConnectedApps`: logo or
 * initials, name and client type, a client type filter, and a button per app that calls `onSelectApp`
 * (the page owns routing: the list never navigates). A skeleton while loading; on failure the error
 * banner, above the last list when there is one. Needs a `ConnectedAppsProvider` above it.
 *
 * @example
 * <ConnectedAppsList orgId={organizationId} selectedAppId={appId} onSelectApp={(id) => navigate(`/apps/${id}`)} />
 */
export const ConnectedAppsList = forwardRef<HTMLDivElement, ConnectedAppsListProps>(function ConnectedAppsList(
  { orgId, selectedAppId, onSelectApp, headingLevel = 2, messages: override, className, ...props },
  ref,
) {
  const state = useConnectedApps(orgId);
  const messages = useMessages(override);
  const { appsList } = messages;
  const id = useId();
  const [clientType, setClientType] = useState<ClientType | ''>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  useImperativeHandle(ref, () => root.current as HTMLDivElement);
  useFocusFallback(root, heading);

  const apps = state.data ?? [];
  const shown = clientType === '' ? apps : apps.filter((app) => app.clientType === clientType);
  // Every type some app has, in the catalogue's order; the chosen one stays even when its last app has gone.
  const types = (Object.keys(messages.clientTypes) as ClientType[]).filter(
    (type) => type === clientType || apps.some((app) => app.clientType === type),
  );

  return (
    <MessagesContext.Provider value={messages}>
      <div
        ref={root}
        data-slot="connected-apps-list"
        data-status={state.status}
        data-stale={state.status === 'error' && state.data !== undefined ? '' : undefined}
        {...props}
        className={cx(className)}
      >
        <Heading
          ref={heading}
          level={headingLevel}
          id={`${id}-heading`}
          data-slot="connected-apps-list-heading"
          tabIndex={-1}
        >
          {appsList.heading}
        </Heading>
        {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
        <p role="status" data-slot="connected-apps-list-status">
          {state.status === 'loading'
            ? appsList.loading
            : apps.length > 0
              ? formatPlural(appsList.shown, shown.length, messages.locale)
              : ''}
        </p>
        {state.status === 'loading' && (
          <div data-slot="connected-apps-list-skeleton" aria-busy="true">
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
            <div data-slot="skeleton-block" data-shape="line" aria-hidden="true" />
          </div>
        )}
        {state.status === 'error' && (
          <ErrorBanner
            error={state.error}
            onRetry={state.refresh}
            retryAt={state.retryAt ?? null}
            hasStaleData={state.data !== undefined}
          />
        )}
        {apps.length > 0 && (
          <div data-slot="connected-apps-list-field">
            <label htmlFor={`${id}-type`}>{appsList.filterLabel}</label>
            <select
              id={`${id}-type`}
              value={clientType}
              onChange={(event) => setClientType(event.target.value as ClientType | '')}
            >
              <option value="">{appsList.allTypes}</option>
              {types.map((type) => (
                <option key={type} value={type}>
                  {type === 'unknown' ? appsList.otherTypes : messages.clientTypes[type].label}
                </option>
              ))}
            </select>
          </div>
        )}
        {state.data?.length === 0 && <p data-slot="connected-apps-list-empty">{appsList.empty}</p>}
        {apps.length > 0 && shown.length === 0 && (
          <p data-slot="connected-apps-list-no-matches">{appsList.noMatches}</p>
        )}
        {shown.length > 0 && (
          // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
          <ul role="list" aria-labelledby={`${id}-heading`} data-slot="connected-apps-list-items">
            {shown.map((app) => {
              const selected = app.connectedAppId === selectedAppId;
              return (
                <li key={app.connectedAppId} data-slot="connected-apps-list-item">
                  <button
                    type="button"
                    data-slot="connected-apps-list-select"
                    data-client-type={app.clientType}
                    aria-current={selected ? 'true' : undefined}
                    data-selected={selected ? '' : undefined}
                    onClick={() => onSelectApp?.(app.connectedAppId)}
                    onKeyDown={moveFocus}
                  >
                    {/* The name beside it says what the logo would: the image is decorative here. */}
                    <AppLogo name={app.name} logoUrl={app.logoUrl} alt="" />
                    <span data-slot="connected-apps-list-name">{app.name}</span>{' '}
                    <span data-slot="client-type-badge" data-client-type={app.clientType}>
                      {clientTypeLabel(messages, app)}
                    </span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </MessagesContext.Provider>
  );
});
