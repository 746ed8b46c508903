// The "Composing parts" page's reference: each part with its own TSDoc (prose and examples), read from the
// components as react-docgen saw them when Storybook built, so it says what the code says.
import { Markdown, Source } from '@storybook/addon-docs/blocks';
import {
  MembersListCount,
  MembersListEmpty,
  MembersListExport,
  MembersListHeading,
  MembersListNamesNotice,
  MembersListRevokeSelected,
  MembersListRevokeStatus,
  MembersListRoot,
  MembersListRows,
  MembersListScopeFilter,
  MembersListSearch,
  MembersListStatus,
} from 'react-connected-apps';
import { splitTsDoc } from '../../.storybook/docs-page';

/** The root first, then the parts in the order a list usually shows them. */
const parts = {
  MembersListRoot,
  MembersListHeading,
  MembersListCount,
  MembersListSearch,
  MembersListScopeFilter,
  MembersListStatus,
  MembersListEmpty,
  MembersListRows,
  MembersListNamesNotice,
  MembersListExport,
  MembersListRevokeSelected,
  MembersListRevokeStatus,
};

function docOf(component: unknown): string {
  return (component as { __docgenInfo?: { description?: string } }).__docgenInfo?.description ?? '';
}

/** Each part: its name as a heading, what its TSDoc says, and its examples. */
export function PartsReference() {
  return (
    <>
      {Object.entries(parts).map(([name, component]) => {
        const { prose, examples } = splitTsDoc(docOf(component));
        return (
          <div key={name}>
            <h3 id={`part-${name}`}>
              <code>{name}</code>
            </h3>
            <Markdown>{prose || 'No description.'}</Markdown>
            {examples.map((example) => (
              <Source key={example} code={example} language="tsx" />
            ))}
          </div>
        );
      })}
    </>
  );
}
