'use client';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a copy stands: nothing yet, done, or refused by the browser. */
export type CopyState = 'idle' | 'copied' | 'failed';

export interface UseCopyToClipboardOptions {
  /**
   * How long `copied`/`failed` stays before going back to `idle`.
   * @default 2000
   */
  resetAfterMs?: number;
}

/**
 * Copies text with the async Clipboard API and reports how it went. Never throws: a browser without the
 * API (an insecure page), a denied permission or a rejected write all end as `failed`.
 *
 * @example
 * const { state, copy } = useCopyToClipboard()
 * <button onClick={() => copy(requestId)}>{state === 'copied' ? 'Copied' : 'Copy'}</button>
 */
export function useCopyToClipboard({ resetAfterMs = 2000 }: UseCopyToClipboardOptions = {}) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const settle = useCallback(
    (next: CopyState) => {
      if (!mounted.current) return;
      setState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState('idle'), resetAfterMs);
    },
    [resetAfterMs],
  );

  const copy = useCallback(
    async (text: string): Promise<boolean> => {
      try {
        const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
        if (!clipboard) throw new Error('The Clipboard API is not available');
        await clipboard.writeText(text);
        settle('copied');
        return true;
      } catch {
        settle('failed');
        return false;
      }
    },
    [settle],
  );

  return { state, copy };
}
