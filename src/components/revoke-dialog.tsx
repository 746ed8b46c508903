'use client';
import * as Dialog from '@radix-ui/react-dialog';
import { useMessages } from '../messages/context';
import { formatMessage, formatPlural } from '../messages/format';
import type { OpenerContext } from './opener-context';

/** What the confirmation dialog asks about. */
export interface RevokeRequest {
  memberIds: readonly string[];
  /** The member's name when there is one member. */
  name: string;
  open: boolean;
  /** The `dir`, `lang` and theme of where it was opened (it is portalled to `document.body`). */
  opener: OpenerContext;
}

interface RevokeDialogProps {
  request: RevokeRequest;
  onConfirm: () => void;
  onCancel: () => void;
  /** Moves focus once the dialog has closed (Radix would send it to the body: the trigger may be gone). */
  onClosed: () => void;
}

/**
 * The confirmation before any revoke: an alert dialog saying what revoking does, with Cancel first (it has
 * focus when the dialog opens) and the confirm button named after what it does ("Revoke access for 12
 * members"). Escape cancels; a click outside does nothing.
 */
export function RevokeDialog({ request, onConfirm, onCancel, onClosed }: RevokeDialogProps) {
  const { revoke: copy, locale } = useMessages();
  const { opener } = request;
  const count = request.memberIds.length;
  const one = count === 1;
  return (
    <Dialog.Root open={request.open} onOpenChange={(open) => open || onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay data-slot="revoke-dialog-overlay" data-rca-theme={opener.theme} />
        <Dialog.Content
          role="alertdialog"
          // Radix hides the page from assistive technology; say so (and that the rest is out of reach).
          aria-modal="true"
          data-slot="revoke-dialog"
          data-rca-theme={opener.theme}
          dir={opener.dir}
          lang={opener.lang}
          onPointerDownOutside={(event) => event.preventDefault()}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            onClosed();
          }}
        >
          <Dialog.Title data-slot="revoke-dialog-title">
            {one
              ? formatMessage(copy.confirmTitle, { member: request.name })
              : formatPlural(copy.confirmManyTitle, count, locale)}
          </Dialog.Title>
          <Dialog.Description data-slot="revoke-dialog-description">
            {formatPlural(copy.confirmText, count, locale)}
          </Dialog.Description>
          <div data-slot="revoke-dialog-actions">
            <Dialog.Close data-slot="revoke-dialog-cancel">{copy.cancel}</Dialog.Close>
            <button type="button" data-slot="revoke-dialog-confirm" onClick={onConfirm}>
              {one ? copy.revoke : formatPlural(copy.revokeMembers, count, locale)}
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
