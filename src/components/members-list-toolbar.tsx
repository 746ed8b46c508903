import { useId } from 'react';
import { describeScope } from '../core/scopes';
import type { ConnectedAppsMessages } from '../messages/types';

interface MembersListToolbarProps {
  query: string;
  onQueryChange: (query: string) => void;
  /** The selected scope; `''` for all. */
  scope: string;
  onScopeChange: (scope: string) => void;
  /** Every scope some member granted, in display order. */
  scopes: readonly string[];
  messages: ConnectedAppsMessages;
}

/** The search box and the scope filter above the members list, each with a visible label. */
export function MembersListToolbar({
  query,
  onQueryChange,
  scope,
  onScopeChange,
  scopes,
  messages,
}: MembersListToolbarProps) {
  const id = useId();
  const searchId = `${id}-search`;
  const filterId = `${id}-scope`;
  const { searchLabel, searchPlaceholder, filterLabel, allScopes } = messages.membersList;
  return (
    <div data-slot="members-list-toolbar">
      <div data-slot="members-list-field">
        <label htmlFor={searchId}>{searchLabel}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={searchPlaceholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => onQueryChange(event.target.value)}
        />
      </div>
      <div data-slot="members-list-field">
        <label htmlFor={filterId}>{filterLabel}</label>
        <select id={filterId} value={scope} onChange={(event) => onScopeChange(event.target.value)}>
          <option value="">{allScopes}</option>
          {scopes.map((name) => (
            <option key={name} value={name}>
              {describeScope(name, messages.scopes)?.label ?? name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
