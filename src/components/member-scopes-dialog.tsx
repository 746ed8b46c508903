'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { type ComponentPropsWithoutRef, forwardRef, useRef, useState } from 'react';
import { uniqueScopes } from '../core/scopes';
import type { ActiveMember } from '../core/types';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import type { ConnectedAppsMessages, DeepPartial } from '../messages/types';
import { useIsomorphicLayoutEffect } from '../react/use-isomorphic-layout-effect';
import { cx } from './internal/cx';
import { type ScopeMeaningOverrides, useScopeMeanings } from './internal/use-scope-meanings';
import { type OpenerContext, readOpenerContext } from './opener-context';

type ContentProps = ComponentPropsWithoutRef<typeof Dialog.Content>;

/** Props of {@link MemberScopesDialog}. */
export interface MemberScopesDialogProps
  extends Omit<ContentProps, 'children' | 'title' | 'asChild' | 'forceMount' | 'onOpenAutoFocus'>,
    ScopeMeaningOverrides {
  /** The member whose scopes are shown; nothing opens while it is `null`. */
  member: ActiveMember | null;
  /** Whether the dialog is open (controlled). */
  open: boolean;
  /** Called with `false` when the reader closes it (Escape, the close button, a click outside). */
  onOpenChange: (open: boolean) => void;
  /** A readable name for the member, e.g. from your directory. @default member.memberId */
  memberName?: string;
  /** Strings for this component only, on top of the provider's. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * A modal dialog listing every scope a member granted, each with its explanation (the built-in one of an
 * OpenID Connect scope, else the RBAC policy's description) and its risk tier in words, with what that tier
 * means (`data-risk` on each entry; `scopeRisk` and `definitions` as on `ScopeChips`). Focus moves in, stays
 * inside until it closes (Escape, the close button, a click outside) and then goes back to the element
 * that had it when the dialog opened. It is portalled to `document.body` but takes over the `dir`, `lang` and
 * `data-rca-theme` of where it was opened from (a hidden `span` marks where it is declared, for a dialog
 * opened with nothing focused); pass those props yourself to choose otherwise.
 *
 * @example
 * <MemberScopesDialog member={member} open={open} onOpenChange={setOpen} memberName="Ada Lovelace" />
 */
export const MemberScopesDialog = forwardRef<HTMLDivElement, MemberScopesDialogProps>(function MemberScopesDialog(
  {
    member,
    open,
    onOpenChange,
    memberName,
    definitions,
    scopeRisk,
    messages: override,
    className,
    onCloseAutoFocus,
    ...props
  },
  ref,
) {
  const messages = useMessages(override);
  const meaningOf = useScopeMeanings(messages, { definitions, scopeRisk });
  const { risk: riskLabel, riskDescription } = messages.scopeMeanings;
  // A controlled dialog has no Dialog.Trigger for Radix to return focus to, so remember who had it.
  const returnFocusTo = useRef<HTMLElement | null>(null);
  const [opener, setOpener] = useState<OpenerContext>({});
  // Opened with nothing focused (open from the start, or from code): fall back to where it is declared.
  const anchor = useRef<HTMLSpanElement>(null);
  // Before paint and before Radix moves focus in, so the first frame already has the opener's theme and dir.
  useIsomorphicLayoutEffect(() => {
    if (!open) return;
    const active = document.activeElement;
    setOpener(readOpenerContext(active && active !== document.body ? active : anchor.current));
  }, [open]);
  if (member === null) return null;

  const scopes = uniqueScopes(member.grantedScopes);
  const name = memberName ?? member.memberId;

  return (
    <>
      <span ref={anchor} hidden data-slot="member-scopes-dialog-anchor" />
      <Dialog.Root open={open} onOpenChange={onOpenChange}>
        <Dialog.Portal>
          <Dialog.Overlay data-slot="member-scopes-dialog-overlay" data-rca-theme={opener.theme} />
          <Dialog.Content
            ref={ref}
            data-slot="member-scopes-dialog"
            data-rca-theme={opener.theme}
            dir={opener.dir}
            lang={opener.lang}
            {...props}
            className={cx(className)}
            onOpenAutoFocus={() => {
              const active = document.activeElement;
              returnFocusTo.current = active instanceof HTMLElement ? active : null;
            }}
            onCloseAutoFocus={(event) => {
              onCloseAutoFocus?.(event);
              if (event.defaultPrevented) return;
              const target = returnFocusTo.current;
              returnFocusTo.current = null;
              if (target?.isConnected) {
                event.preventDefault();
                target.focus();
              }
            }}
          >
            <Dialog.Title data-slot="member-scopes-dialog-title">
              {formatMessage(messages.dialog.title, { member: name })}
            </Dialog.Title>
            <Dialog.Description data-slot="member-scopes-dialog-description">
              {scopes.length === 0
                ? messages.dialog.noScopes
                : formatPlural(messages.dialog.description, scopes.length, messages.locale)}
            </Dialog.Description>
            <p data-slot="member-scopes-dialog-member-id">
              <span>{messages.dialog.memberIdLabel}</span> <code>{member.memberId}</code>
            </p>
            {scopes.length > 0 ? (
              // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
              <ul role="list" data-slot="member-scopes-dialog-scopes">
                {scopes.map((scope) => {
                  const { label, known, description, risk } = meaningOf(scope);
                  return (
                    <li key={scope} data-slot="member-scope" data-known={known ? '' : undefined} data-risk={risk}>
                      <span data-slot="member-scope-label">{label}</span>{' '}
                      {known ? <code data-slot="member-scope-name">{scope}</code> : null}{' '}
                      <span data-slot="member-scope-risk" data-risk={risk}>
                        {riskLabel[risk]}
                      </span>
                      {description ? <p data-slot="member-scope-description">{description}</p> : null}
                      <p data-slot="member-scope-risk-description">{riskDescription[risk]}</p>
                    </li>
                  );
                })}
              </ul>
            ) : null}
            <Dialog.Close data-slot="member-scopes-dialog-close">{messages.dialog.close}</Dialog.Close>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
});
