// The Messages page's catalogue, read from the catalogues themselves: every key of `en`, with its English and
// French strings. Nothing to keep in step by hand.
import { en } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';

type Entry = [path: string, text: string];

/** Every string of a catalogue by its dotted path (`membersList.count.one`). */
function flatten(value: unknown, path = ''): Entry[] {
  if (typeof value === 'string') return [[path, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) => flatten(child, path ? `${path}.${key}` : key));
}

/** The top-level sections of the catalogue (`errorBanner`, `membersList`...), each with its strings. */
function sections(): [section: string, entries: Entry[]][] {
  const french = new Map(flatten(fr));
  const bySection = new Map<string, Entry[]>();
  for (const [path] of flatten(en)) {
    const section = path.split('.')[0] ?? path;
    const entries = bySection.get(section) ?? [];
    entries.push([path, french.get(path) ?? '']);
    bySection.set(section, entries);
  }
  return [...bySection];
}

const english = new Map(flatten(en));

/** One table per section of the catalogue: key, English, French. */
export function MessageCatalogue() {
  return (
    <>
      {sections().map(([section, entries]) => (
        <details key={section}>
          <summary style={{ paddingBlock: '0.375rem', cursor: 'pointer' }}>
            <code>{section}</code> ({entries.length} {entries.length === 1 ? 'string' : 'strings'})
          </summary>
          <table>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">English</th>
                <th scope="col">Français</th>
              </tr>
            </thead>
            <tbody>
              {entries.map(([path, french]) => (
                <tr key={path}>
                  <th scope="row" style={{ textAlign: 'start' }}>
                    <code>{path}</code>
                  </th>
                  <td lang="en">{english.get(path)}</td>
                  <td lang="fr">{french || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      ))}
    </>
  );
}
