'use client';
import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import { describeScope } from '../core/scopes';
import { useMessages } from '../messages/context';
import { cx } from './internal/cx';
import { useMembersListContext } from './members-list-context';

/** Props of {@link MembersListSearch} and {@link MembersListScopeFilter}: those of the field's `div`. */
export type MembersListFieldProps = Omit<ComponentPropsWithoutRef<'div'>, 'children'>;

/**
 * The search box (by name, email or member id, ignoring case) with its visible label, in one field `div`
 * (`data-slot="members-list-field"`) that takes `ref`, `className` and other props. Nothing while nobody has
 * the app installed.
 *
 * @example
 * <MembersListSearch className="toolbar-field" />
 */
export const MembersListSearch = forwardRef<HTMLDivElement, MembersListFieldProps>(function MembersListSearch(
  { className, ...props },
  ref,
) {
  const { id, query, setQuery, status } = useMembersListContext('MembersListSearch');
  const { searchLabel, searchPlaceholder } = useMessages().membersList;
  if (status === 'empty') return null;
  return (
    <div ref={ref} data-slot="members-list-field" {...props} className={cx(className)}>
      <label htmlFor={`${id}-search`}>{searchLabel}</label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder={searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => setQuery(event.target.value)}
      />
    </div>
  );
});

/**
 * The scope filter ("All scopes", then every scope some member granted) with its visible label, in one field
 * `div` like {@link MembersListSearch}. Nothing while nobody has the app installed.
 *
 * @example
 * <aside><MembersListScopeFilter /></aside>
 */
export const MembersListScopeFilter = forwardRef<HTMLDivElement, MembersListFieldProps>(function MembersListScopeFilter(
  { className, ...props },
  ref,
) {
  const { id, scope, setScope, scopes, status } = useMembersListContext('MembersListScopeFilter');
  const messages = useMessages();
  if (status === 'empty') return null;
  return (
    <div ref={ref} data-slot="members-list-field" {...props} className={cx(className)}>
      <label htmlFor={`${id}-scope`}>{messages.membersList.filterLabel}</label>
      <select id={`${id}-scope`} value={scope} onChange={(event) => setScope(event.target.value)}>
        <option value="">{messages.membersList.allScopes}</option>
        {scopes.map((name) => (
          <option key={name} value={name}>
            {describeScope(name, messages.scopes)?.label ?? name}
          </option>
        ))}
      </select>
    </div>
  );
});
