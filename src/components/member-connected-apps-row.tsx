'use client';
import type { MouseEvent } from 'react';
import type { MemberConnectedApp } from '../core/types';
import { useMessages } from '../messages/context';
import { formatMessage } from '../messages/format';
import { AppLogo } from './internal/app-logo';
import { clientTypeLabel } from './internal/client-type-label';
import { Heading, type HeadingLevel } from './internal/heading';
import { ScopeChips } from './scope-chips';

interface MemberConnectedAppsRowProps {
  app: MemberConnectedApp;
  /** The level of the app's name. */
  level: HeadingLevel;
  /** Opens the revoke confirmation; no button without it. */
  onRevoke?: (event: MouseEvent<HTMLButtonElement>) => void;
  /** A revoke is running (of any app): the button waits. */
  waiting: boolean;
  /** This app is the one being revoked. */
  revoking: boolean;
}

/** One of the member's apps: logo (or initials), name, client type, the scopes granted, and "Revoke access". */
export function MemberConnectedAppsRow({ app, level, onRevoke, waiting, revoking }: MemberConnectedAppsRowProps) {
  const messages = useMessages();
  return (
    <li data-slot="member-apps-item" data-client-type={app.clientType} data-pending={revoking ? '' : undefined}>
      {/* The name beside it says what the logo would: the image is decorative here. */}
      <AppLogo name={app.name} logoUrl={app.logoUrl} alt="" />
      <div data-slot="member-apps-item-heading">
        <Heading level={level} data-slot="member-apps-item-name">
          {app.name}
        </Heading>
        <span data-slot="client-type-badge" data-client-type={app.clientType}>
          {clientTypeLabel(messages, app)}
        </span>
      </div>
      {onRevoke && (
        <button
          type="button"
          data-slot="member-apps-revoke"
          aria-haspopup="dialog"
          // Contains the visible label, so speech input ("click Revoke access") still finds it.
          aria-label={formatMessage(messages.memberApps.revokeApp, { app: app.name })}
          // Not `disabled` while a revoke runs: focus comes back here when the dialog closes.
          aria-disabled={waiting || undefined}
          onClick={onRevoke}
        >
          {messages.memberApps.revoke}
        </button>
      )}
      <ScopeChips scopes={app.scopesGranted} />
    </li>
  );
}
