'use client';
import {
  type ComponentPropsWithoutRef,
  createContext,
  type FocusEvent,
  Fragment,
  forwardRef,
  type ReactNode,
  useContext,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
} from 'react';
import { type CustomContainerComponentProps, type CustomItemComponentProps, Virtualizer } from 'virtua';
import type { MemberEntry } from './use-member-filter';

/** A row's height before it is measured; rows grow when their chips wrap. */
const ESTIMATED_ROW_SIZE = 64;
/**
 * Rows rendered where there is no layout to measure (server rendering, and until hydration; jsdom and other
 * environments without ResizeObserver): a first screen, never all of them.
 */
const FIRST_SCREEN_ROWS = 14;

interface ItemsContextValue {
  label: string;
  size: number;
  onRowFocus: (index: number) => void;
  onRowBlur: (event: FocusEvent<HTMLLIElement>) => void;
}

const ItemsContext = createContext<ItemsContextValue | null>(null);

function useItems(): ItemsContextValue {
  const value = useContext(ItemsContext);
  if (value === null) throw new Error('A virtual members list item must be rendered by VirtualMembersList');
  return value;
}

/** The `<ul>` the virtualizer sizes to the whole list. */
const Items = forwardRef<HTMLUListElement, CustomContainerComponentProps>(function Items({ style, children }, ref) {
  const { label } = useItems();
  return (
    <ul
      ref={ref}
      // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
      role="list"
      aria-label={label}
      data-slot="members-list-items"
      data-virtualized=""
      // virtua turns pointer events off while the list scrolls; a click just after a scroll (on a checkbox,
      // a Revoke button) must still land.
      style={{ ...style, pointerEvents: undefined }}
    >
      {children}
    </ul>
  );
});

/** One row, placed by the virtualizer; it says where it stands in the whole list. */
const Item = forwardRef<HTMLLIElement, CustomItemComponentProps>(function Item({ style, index, children }, ref) {
  const { size, onRowFocus, onRowBlur } = useItems();
  return (
    <li
      ref={ref}
      data-index={index}
      data-slot="members-list-item"
      aria-setsize={size}
      aria-posinset={index + 1}
      onFocus={() => onRowFocus(index)}
      onBlur={onRowBlur}
      style={{ ...style, boxSizing: 'border-box' }}
    >
      {children}
    </li>
  );
});

interface VirtualMembersListProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  entries: readonly MemberEntry[];
  renderRow: (entry: MemberEntry) => ReactNode;
  /** The accessible name of the scroll container and the list. */
  label: string;
  /** CSS length of the scroll container. */
  maxHeight: string | number;
}

/**
 * Whether to virtualize: on the server (virtua renders the first screen, which hydration then matches) and in
 * a browser that can measure rows. Without ResizeObserver (jsdom, old engines) rows cannot be measured, so
 * the first screen is rendered plainly.
 */
const canVirtualize = () => typeof window === 'undefined' || typeof ResizeObserver === 'function';

/**
 * Only the rows in view (plus a few) are in the DOM, so 100,000 members mount and scroll at once. The list
 * keeps `aria-setsize`/`aria-posinset` so assistive technology still knows the whole size and position, and
 * the row holding keyboard focus stays mounted when it scrolls away, so focus is never dropped to the page.
 */
export const VirtualMembersList = forwardRef<HTMLElement, VirtualMembersListProps>(function VirtualMembersList(
  { entries, renderRow, label, maxHeight, style, ...props },
  ref,
) {
  const scrollRef = useRef<HTMLElement>(null);
  useImperativeHandle(ref, () => scrollRef.current as HTMLElement);
  // The member whose row holds focus, by id: rows above it may come and go (a revoke, a revalidation), so
  // its position is found again in each new list.
  const [focused, setFocused] = useState<string | null>(null);
  const items = useMemo<ItemsContextValue>(
    () => ({
      label,
      size: entries.length,
      onRowFocus: (index) => setFocused(entries[index]?.member.memberId ?? null),
      // Moving focus within one row (checkbox → button) keeps it mounted, and so does the window losing focus
      // (another tab: the row's control is focused again on return); leaving the row releases it.
      onRowBlur: (event) => {
        const next = event.relatedTarget;
        if (next === null && !event.currentTarget.ownerDocument.hasFocus()) return;
        if (!(next instanceof Node && event.currentTarget.contains(next))) setFocused(null);
      },
    }),
    [label, entries],
  );
  const keepMounted = useMemo(() => {
    if (focused === null) return undefined;
    const index = entries.findIndex((entry) => entry.member.memberId === focused);
    return index === -1 ? undefined : [index];
  }, [focused, entries]);
  const [virtualize] = useState(canVirtualize);

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
      <ItemsContext.Provider value={items}>
        {virtualize ? (
          <Virtualizer
            as={Items}
            item={Item}
            data={entries as MemberEntry[]}
            scrollRef={scrollRef}
            itemSize={ESTIMATED_ROW_SIZE}
            ssrCount={FIRST_SCREEN_ROWS}
            keepMounted={keepMounted}
          >
            {(entry) => <Fragment key={entry.member.memberId}>{renderRow(entry)}</Fragment>}
          </Virtualizer>
        ) : (
          <Items style={{}}>
            {entries.slice(0, FIRST_SCREEN_ROWS).map((entry, index) => (
              <Item key={entry.member.memberId} index={index} style={{}}>
                {renderRow(entry)}
              </Item>
            ))}
          </Items>
        )}
      </ItemsContext.Provider>
    </section>
  );
});
