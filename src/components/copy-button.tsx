'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { type ConnectedAppsMessages, type DeepPartial, useMessages } from '../messages/index';
import { cx } from './internal/cx';
import { useCopyToClipboard } from './use-copy-to-clipboard';

/** Props of {@link CopyButton}. */
export interface CopyButtonProps extends Omit<ComponentPropsWithoutRef<'button'>, 'value' | 'children'> {
  /** The text put on the clipboard. */
  value: string;
  /** The button's accessible name, saying what is copied ("Copy request ID"). */
  label: string;
  /** Overrides of the provider's strings (`copy.copy`, `copy.copied`, `copy.failed`). */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * A button that copies `value` and says so: "Copied" (or "Copy failed") appears beside it in a polite
 * live region, so screen readers hear the outcome without losing focus.
 *
 * @example
 * <CopyButton value={app.connectedAppId} label="Copy app ID" />
 */
export const CopyButton = forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
  { value, label, messages: override, className, onClick, ...props },
  ref,
) {
  const messages = useMessages(override);
  const { state, copy } = useCopyToClipboard();
  const status = state === 'copied' ? messages.copy.copied : state === 'failed' ? messages.copy.failed : '';
  return (
    <>
      <button
        ref={ref}
        type="button"
        aria-label={label}
        title={label}
        data-slot="copy-button"
        data-state={state}
        {...props}
        className={cx(className)}
        onClick={(event) => {
          onClick?.(event);
          if (!event.defaultPrevented) void copy(value);
        }}
      >
        {messages.copy.copy}
      </button>
      {/* Always in the DOM: a live region added together with its text is often not announced. */}
      <span role="status" data-slot="copy-button-status" data-state={state}>
        {status}
      </span>
    </>
  );
});
