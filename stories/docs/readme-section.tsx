/// <reference types="vite/client" />
// A section of the README, rendered from the README itself when Storybook builds, so the two never disagree.
// It knows the little Markdown those sections use: paragraphs, one table, and `code` spans.
import { Fragment, type ReactNode } from 'react';
import readme from '../../README.md?raw';

/** `text` with its `code` spans as <code> elements. */
function inline(text: string): ReactNode {
  // Split on code spans: the even parts are text, the odd ones code. Keys by position: the parts of one string.
  return text.split(/`([^`]+)`/).map((part, index) => {
    const key = `${index}:${part}`;
    return index % 2 === 1 ? (
      <code key={key} style={{ fontSize: '0.875em' }}>
        {part}
      </code>
    ) : (
      <Fragment key={key}>{part}</Fragment>
    );
  });
}

/** A table row's cells: split on the pipes outside `code` spans. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  let inCode = false;
  for (const char of row.trim().replace(/^\|/, '').replace(/\|$/, '')) {
    if (char === '`') inCode = !inCode;
    if (char === '|' && !inCode) {
      out.push(cell.trim());
      cell = '';
    } else {
      cell += char;
    }
  }
  out.push(cell.trim());
  return out;
}

/** The lines of the README's `## heading` section, without the heading. */
function sectionLines(heading: string): string[] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) throw new Error(`README.md has no "## ${heading}" section`);
  const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** The README's `## heading` section: its paragraphs and its tables (the header row as column headers). */
export function ReadmeSection({ heading }: { heading: string }) {
  const blocks: ReactNode[] = [];
  let paragraph: string[] = [];
  let table: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push(<p key={blocks.length}>{inline(paragraph.join(' '))}</p>);
    if (table.length > 0) {
      const [head = [], , ...rows] = table.map(cells);
      blocks.push(
        <table key={blocks.length}>
          <thead>
            <tr>
              {head.map((cell) => (
                <th key={cell} scope="col">
                  {inline(cell)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.join('|')}>
                {head.map((column, index) => (
                  <td key={column}>{inline(row[index] ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>,
      );
    }
    paragraph = [];
    table = [];
  };
  for (const line of sectionLines(heading)) {
    if (line.trim() === '') flush();
    else if (line.trimStart().startsWith('|')) {
      if (paragraph.length > 0) flush();
      table.push(line);
    } else {
      if (table.length > 0) flush();
      paragraph.push(line.trim());
    }
  }
  flush();
  return <>{blocks}</>;
}
