'use client';
import {
  defaultRangeExtractor,
  measureElement,
  observeElementRect,
  type Range,
  useVirtualizer,
} from '@tanstack/react-virtual';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type ReactNode,
  useCallback,
  useImperativeHandle,
  useRef,
} from 'react';
import type { MemberEntry } from './use-member-filter';

/** A row's height before it is measured; rows grow when their chips wrap. */
const ESTIMATED_ROW_SIZE = 64;
/**
 * The viewport assumed while the page has no layout (server rendering, jsdom): enough rows for a first
 * screen, a few dozen at most, never all of them.
 */
const FALLBACK_RECT = { width: 360, height: 480 };

interface VirtualMembersListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  entries: readonly MemberEntry[];
  renderRow: (entry: MemberEntry) => ReactNode;
  /** The accessible name of the scroll container and the list. */
  label: string;
  /** CSS length of the scroll container. */
  maxHeight: string | number;
}

/**
 * Only the rows in view (plus a few) are in the DOM, so 10,000 members mount and scroll at once. The list
 * keeps `aria-setsize`/`aria-posinset` so assistive technology still knows the whole size and position.
 */
export const VirtualMembersList = forwardRef<HTMLElement, VirtualMembersListProps>(function VirtualMembersList(
  { entries, renderRow, label, maxHeight, style, ...props },
  ref,
) {
  const scrollRef = useRef<HTMLElement>(null);
  useImperativeHandle(ref, () => scrollRef.current as HTMLElement);
  // The focused row stays rendered when it scrolls away, so keyboard focus is never dropped to the page.
  const focusedIndex = useRef<number | null>(null);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);

  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_SIZE,
    getItemKey: (index) => entries[index]?.member.memberId ?? index,
    overscan: 6,
    initialRect: FALLBACK_RECT,
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) => notify(rect.height > 0 ? rect : FALLBACK_RECT)),
    measureElement: (element, entry, instance) => {
      const size = measureElement(element, entry, instance);
      return size > 0 ? size : ESTIMATED_ROW_SIZE;
    },
    rangeExtractor,
    useFlushSync: false,
  });

  return (
    <section
      ref={scrollRef}
      data-slot="members-list-viewport"
      aria-label={label}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard to scroll
      tabIndex={0}
      {...props}
      // Layout the virtualizer needs, not looks: without a bounded, scrolling box every row would render.
      style={{ ...style, maxBlockSize: maxHeight, overflowY: 'auto' }}
    >
      <ul
        // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
        role="list"
        aria-label={label}
        data-slot="members-list-items"
        data-virtualized=""
        style={{ position: 'relative', blockSize: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const entry = entries[item.index];
          if (entry === undefined) return null;
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              data-slot="members-list-item"
              aria-setsize={entries.length}
              aria-posinset={item.index + 1}
              onFocus={() => {
                focusedIndex.current = item.index;
              }}
              onBlur={() => {
                focusedIndex.current = null;
              }}
              style={{
                position: 'absolute',
                insetBlockStart: 0,
                insetInlineStart: 0,
                inlineSize: '100%',
                boxSizing: 'border-box',
                transform: `translateY(${item.start}px)`,
              }}
            >
              {renderRow(entry)}
            </li>
          );
        })}
      </ul>
    </section>
  );
});
