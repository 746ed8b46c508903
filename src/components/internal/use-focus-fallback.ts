'use client';
import { type RefObject, useEffect, useRef } from 'react';
import { useIsomorphicLayoutEffect } from '../../react/use-isomorphic-layout-effect';

/**
 * Keeps keyboard focus from falling to the page's body when the element of `root` holding it goes away (a
 * revoked row, an error banner after its retry worked): after any commit that removed it, focus moves to
 * `fallback`. Focus in portalled content (a dialog) is not `root`'s: the dialog returns focus itself.
 */
export function useFocusFallback(root: RefObject<HTMLElement | null>, fallback: RefObject<HTMLElement | null>) {
  const last = useRef<Element | null>(null);
  useEffect(() => {
    const element = root.current;
    const track = (event: FocusEvent) => {
      last.current = event.target as Element;
    };
    element?.addEventListener('focusin', track);
    return () => element?.removeEventListener('focusin', track);
  }, [root]);
  useIsomorphicLayoutEffect(() => {
    const element = last.current;
    if (element === null || element.isConnected) return;
    last.current = null;
    const active = element.ownerDocument.activeElement;
    if (active === null || active === element.ownerDocument.body) fallback.current?.focus();
  });
}
