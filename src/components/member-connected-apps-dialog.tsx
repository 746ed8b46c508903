'use client';
import * as Dialog from '@radix-ui/react-dialog';
import type { RefObject } from 'react';
import type { MemberConnectedApp } from '../core/types';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import type { OpenerContext } from './opener-context';

/** What the confirmation is about: one app (its row's button) or all of them ("Revoke all"). */
export interface RevokeConfirmation {
  apps: readonly MemberConnectedApp[];
  /** The `dir`, `lang` and theme of where it was opened: the dialog is portalled out of that subtree. */
  opener: OpenerContext;
}

interface MemberConnectedAppsDialogProps {
  /** Open while not `null`. */
  confirmation: RevokeConfirmation | null;
  onCancel: () => void;
  onConfirm: (apps: readonly MemberConnectedApp[]) => void;
  /** The button that opened it: focus goes back there when it closes... */
  returnTo: RefObject<HTMLElement | null>;
  /** ...or here, when that button has gone with its revoked row. */
  fallback: RefObject<HTMLElement | null>;
}

/**
 * The confirmation of a revoke, saying what it does: the app's tokens for this member stop working, the
 * member consents again next time, and nothing blocks them from authorizing it again. Focus starts on
 * Cancel; the confirm button names what it revokes ("Revoke access to Ledgerly", "Revoke 3 apps"). Escape
 * cancels; a click outside does nothing.
 */
export function MemberConnectedAppsDialog({
  confirmation,
  onCancel,
  onConfirm,
  returnTo,
  fallback,
}: MemberConnectedAppsDialogProps) {
  const { memberApps: copy, locale } = useMessages();
  const apps = confirmation?.apps ?? [];
  const opener = confirmation?.opener ?? {};
  const one = apps.length === 1 ? apps[0] : undefined;
  return (
    <Dialog.Root
      open={confirmation !== null}
      onOpenChange={(open) => {
        if (!open) onCancel();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay data-slot="member-apps-dialog-overlay" data-rca-theme={opener.theme} />
        <Dialog.Content
          // It asks to confirm something that cannot be undone: an alert dialog, which a click outside does not close.
          role="alertdialog"
          data-slot="member-apps-dialog"
          data-rca-theme={opener.theme}
          dir={opener.dir}
          lang={opener.lang}
          onPointerDownOutside={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            const trigger = returnTo.current;
            (trigger?.isConnected ? trigger : fallback.current)?.focus();
          }}
        >
          <Dialog.Title data-slot="member-apps-dialog-title">
            {one
              ? formatMessage(copy.confirmTitle, { app: one.name })
              : formatPlural(copy.confirmAllTitle, apps.length, locale)}
          </Dialog.Title>
          <Dialog.Description data-slot="member-apps-dialog-description">
            {one ? formatMessage(copy.confirmText, { app: one.name }) : copy.confirmAllText}
          </Dialog.Description>
          {one ? null : (
            // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
            <ul role="list" data-slot="member-apps-dialog-apps">
              {apps.map((app) => (
                <li key={app.connectedAppId}>{app.name}</li>
              ))}
            </ul>
          )}
          <div data-slot="member-apps-dialog-actions">
            <Dialog.Close data-slot="member-apps-dialog-cancel">{copy.cancel}</Dialog.Close>
            <button type="button" data-slot="member-apps-dialog-confirm" onClick={() => onConfirm(apps)}>
              {one
                ? formatMessage(copy.revokeApp, { app: one.name })
                : formatPlural(copy.revokeApps, apps.length, locale)}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
