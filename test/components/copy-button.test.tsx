import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { CopyButton } from 'react-connected-apps';
import { afterEach, describe, expect, it, vi } from 'vitest';

// jsdom has no Clipboard API; user-event installs a stub in setup(). Tests without user-event set their own.
const originalClipboard = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
function setClipboard(clipboard: Pick<Clipboard, 'writeText'> | undefined) {
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  if (originalClipboard) Object.defineProperty(navigator, 'clipboard', originalClipboard);
  else Reflect.deleteProperty(navigator, 'clipboard');
});

describe('CopyButton', () => {
  it('copies its value and announces "Copied" in a polite live region', async () => {
    const user = userEvent.setup();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    render(<CopyButton value="request-id-123" label="Copy request ID" />);

    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await user.click(screen.getByRole('button', { name: 'Copy request ID' }));

    expect(writeText).toHaveBeenCalledWith('request-id-123');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(screen.getByRole('button', { name: 'Copy request ID' })).toHaveAttribute('data-state', 'copied');
  });

  it('says "Copy failed" when the browser refuses, without throwing', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    render(<CopyButton value="x" label="Copy app ID" />);
    await user.click(screen.getByRole('button', { name: 'Copy app ID' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
  });

  it('says "Copy failed" when there is no Clipboard API (an insecure page)', async () => {
    setClipboard(undefined);
    render(<CopyButton value="x" label="Copy app ID" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy app ID' })));
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed');
  });

  it('clears the message after two seconds', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    render(<CopyButton value="x" label="Copy app ID" />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy app ID' })));
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    await act(async () => vi.advanceTimersByTime(2000));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('takes its strings from messages, forwards ref and merges className', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const ref = createRef<HTMLButtonElement>();
    render(
      <CopyButton
        ref={ref}
        value="x"
        label="Copy it"
        className="my-button"
        messages={{ copy: { copy: 'Grab', copied: 'Grabbed' } }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Copy it' });
    expect(ref.current).toBe(button);
    expect(button).toHaveClass('my-button');
    expect(button).toHaveTextContent('Grab');
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('Grabbed');
  });
});
