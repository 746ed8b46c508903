'use client';
import type { MouseEvent } from 'react';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import type { ScopeMeaning } from './internal/use-scope-meanings';

/** How many holders a chosen scope lists by name; the rest are counted. */
export const HOLDERS_SHOWN = 100;

interface AppScopesItemProps {
  meaning: ScopeMeaning;
  /** Every member holding the scope. */
  holders: readonly string[];
  open: boolean;
  onToggle: () => void;
  /** A member's name, when the directory has one. */
  nameOf: (memberId: string) => string | undefined;
  /** Opens the confirmation to revoke every holder; no button without it. */
  onRevokeAll: ((event: MouseEvent<HTMLButtonElement>) => void) | undefined;
  /** A revoke runs: the button stays focusable but does nothing. */
  waiting: boolean;
  /** Prefix of the ids this row's parts need. */
  id: string;
}

/**
 * One granted scope of `AppScopes`: a disclosure button with its name, risk and how many members hold it,
 * what it means, and, once chosen, who holds it and "Revoke access for all N members holding …".
 */
export function AppScopesItem({
  meaning,
  holders,
  open,
  onToggle,
  nameOf,
  onRevokeAll,
  waiting,
  id,
}: AppScopesItemProps) {
  const messages = useMessages();
  const { scopeMeanings: copy, locale } = messages;
  const { scope, label, known, description, risk } = meaning;
  const shown = holders.slice(0, HOLDERS_SHOWN);
  return (
    <li
      data-slot="app-scope"
      data-known={known ? '' : undefined}
      data-risk={risk}
      data-state={open ? 'open' : 'closed'}
    >
      <button
        type="button"
        data-slot="app-scope-toggle"
        aria-expanded={open}
        aria-controls={open ? `${id}-holders` : undefined}
        aria-describedby={`${id}-description`}
        onClick={onToggle}
      >
        <span data-slot="app-scope-label">{label}</span>{' '}
        {known ? <code data-slot="app-scope-name">{scope}</code> : null}{' '}
        <span data-slot="app-scope-risk" data-risk={risk}>
          {copy.risk[risk]}
        </span>{' '}
        <span data-slot="app-scope-count">{formatPlural(messages.membersList.count, holders.length, locale)}</span>
      </button>
      <p id={`${id}-description`} data-slot="app-scope-description">
        {description ? `${description} ` : ''}
        <span data-slot="app-scope-risk-description">{copy.riskDescription[risk]}</span>
      </p>
      {open && (
        <div id={`${id}-holders`} data-slot="app-scope-holders">
          {/* biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets */}
          <ul role="list" aria-label={formatMessage(copy.holdersLabel, { scope })} data-slot="app-scope-holders-list">
            {shown.map((memberId) => {
              const name = nameOf(memberId);
              return (
                <li key={memberId} data-slot="app-scope-holder">
                  {name ? <span data-slot="app-scope-holder-name">{name}</span> : null}{' '}
                  <code data-slot="app-scope-holder-id">{memberId}</code>
                </li>
              );
            })}
            {holders.length > shown.length && (
              <li data-slot="app-scope-holders-more">
                {formatPlural(messages.scopeChips.more, holders.length - shown.length, locale)}
              </li>
            )}
          </ul>
          {onRevokeAll && (
            <>
              <button
                type="button"
                data-slot="app-scope-revoke"
                aria-haspopup="dialog"
                aria-describedby={`${id}-revoke-note`}
                // Not `disabled` while a revoke runs: focus comes back here when the dialog closes.
                aria-disabled={waiting || undefined}
                onClick={onRevokeAll}
              >
                {formatPlural(copy.revokeHolders, holders.length, locale, { scope })}
              </button>
              <p id={`${id}-revoke-note`} data-slot="app-scope-revoke-note">
                {copy.revokeNote}
              </p>
            </>
          )}
        </div>
      )}
    </li>
  );
}
