/// <reference types="vite/client" />
// The Theming page's tables, read from the sources when Storybook builds: the stylesheet's `--rca-*` custom
// properties (src/styles/*.css) and the `data-*` attributes the components render (src/components). They
// cannot drift from the code; scripts/check-storybook-docs.mjs also checks that the page names every one.
import { Fragment, type ReactNode } from 'react';

const stylesheets = import.meta.glob<string>('../../src/styles/*.css', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const componentSources = import.meta.glob<string>('../../src/components/**/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** One rule's custom properties: its selector, the at-rules around it, and each `--rca-*` it sets. */
interface CustomPropertyRule {
  selector: string;
  atRules: string[];
  properties: [name: string, value: string][];
}

/** Every rule of `css` that sets `--rca-*` properties (a small parser: the stylesheet has no braces in values). */
export function customPropertyRules(css: string): CustomPropertyRule[] {
  const rules: CustomPropertyRule[] = [];
  const preludes: string[] = [];
  let text = '';
  for (const char of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (char === '{') {
      preludes.push(text.trim().replace(/\s+/g, ' '));
      text = '';
    } else if (char === '}') {
      const selector = preludes.pop() ?? '';
      const properties = text
        .split(';')
        .map((declaration) => /^\s*(--rca-[\w-]+)\s*:\s*([\s\S]+?)\s*$/.exec(declaration))
        .filter((match) => match !== null)
        .map((match): [string, string] => [match[1] ?? '', (match[2] ?? '').replace(/\s+/g, ' ')]);
      if (properties.length > 0) rules.push({ selector, atRules: [...preludes], properties });
      text = '';
    } else {
      text += char;
    }
  }
  return rules;
}

interface Tokens {
  /** Set once on `:root`, whatever the theme. */
  shared: Map<string, string>;
  /** The palettes: the light one (the default) and the dark one (`data-rca-theme="dark"` or the OS). */
  light: Map<string, string>;
  dark: Map<string, string>;
  /** Set by one component's rules, for that component only. */
  component: { name: string; value: string; selector: string }[];
}

function readTokens(): Tokens {
  const tokens: Tokens = { shared: new Map(), light: new Map(), dark: new Map(), component: [] };
  for (const [path, css] of Object.entries(stylesheets).sort(([a], [b]) => a.localeCompare(b))) {
    for (const rule of customPropertyRules(css)) {
      // The OS-preference copy of the dark palette repeats the `data-rca-theme="dark"` one.
      if (rule.atRules.some((atRule) => atRule.includes('prefers-color-scheme'))) continue;
      const target =
        rule.selector === ':where(:root)'
          ? tokens.shared
          : rule.selector.includes("data-rca-theme='light'")
            ? tokens.light
            : rule.selector.includes("data-rca-theme='dark'")
              ? tokens.dark
              : null;
      for (const [name, value] of rule.properties) {
        if (target) target.set(name, value);
        else tokens.component.push({ name, value, selector: `${rule.selector} (${path.split('/').pop()})` });
      }
    }
  }
  return tokens;
}

const tokens = readTokens();

/** `text` with its `code` spans as <code> elements (even parts are text, odd ones code). */
function withCode(text: string): ReactNode {
  return text.split(/`([^`]+)`/).map((part, index) => {
    const key = `${index}:${part}`;
    return index % 2 === 1 ? <code key={key}>{part}</code> : <Fragment key={key}>{part}</Fragment>;
  });
}

/** A colour's sample beside its value (decorative: the value is the text). */
function Swatch({ value }: { value: string }) {
  return (
    <span
      aria-hidden="true"
      style={{
        display: 'inline-block',
        inlineSize: '1em',
        blockSize: '1em',
        marginInlineEnd: '0.5em',
        verticalAlign: '-0.15em',
        border: '1px solid #6b6f76',
        borderRadius: '0.2em',
        background: value,
      }}
    />
  );
}

function Value({ name, value }: { name: string; value: string | undefined }) {
  if (value === undefined) return <>—</>;
  const colour = name.startsWith('--rca-color-') && name !== '--rca-color-scheme';
  return (
    <>
      {colour ? <Swatch value={value} /> : null}
      <code>{value}</code>
    </>
  );
}

function Table({ caption, head, children }: { caption: string; head: string[]; children: ReactNode }) {
  return (
    <table>
      <caption style={{ textAlign: 'start', fontWeight: 600, paddingBlock: '0.5em' }}>{caption}</caption>
      <thead>
        <tr>
          {head.map((cell) => (
            <th key={cell} scope="col">
              {cell}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A custom property's name, as its row's header. */
function TokenName({ name }: { name: string }) {
  return (
    <th scope="row" style={{ textAlign: 'start' }}>
      <code style={{ whiteSpace: 'nowrap' }}>{name}</code>
    </th>
  );
}

/** Every `--rca-*` custom property with its default in the light and the dark theme. */
export function TokenTables() {
  const palette = [...new Set([...tokens.light.keys(), ...tokens.dark.keys()])];
  return (
    <>
      <Table caption="Type, spacing, shape and motion: the same in both themes" head={['Custom property', 'Default']}>
        {[...tokens.shared].map(([name, value]) => (
          <tr key={name}>
            <TokenName name={name} />
            <td>
              <Value name={name} value={value} />
            </td>
          </tr>
        ))}
      </Table>
      <Table caption="Colours: light and dark defaults" head={['Custom property', 'Light', 'Dark']}>
        {palette.map((name) => (
          <tr key={name}>
            <TokenName name={name} />
            <td>
              <Value name={name} value={tokens.light.get(name)} />
            </td>
            <td>
              <Value name={name} value={tokens.dark.get(name)} />
            </td>
          </tr>
        ))}
      </Table>
      <Table caption="Set by one component, from the tokens above" head={['Custom property', 'Default', 'Set on']}>
        {tokens.component.map(({ name, value, selector }) => (
          <tr key={`${name} ${selector}`}>
            <TokenName name={name} />
            <td>
              <Value name={name} value={value} />
            </td>
            <td>
              <code>{selector}</code>
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}

/** Every `data-slot` value the components render, including those built from a prefix (`${slot}-revoke-status`). */
function readSlots(): string[] {
  const sources = Object.values(componentSources);
  const prefixes = new Set(
    sources.flatMap((source) => [...source.matchAll(/slotPrefix="([\w-]+)"/g)].map((m) => m[1])),
  );
  const slots = new Set<string>();
  for (const source of sources) {
    for (const [, literal] of source.matchAll(/data-slot="([\w-]+)"/g)) slots.add(literal ?? '');
    for (const [, expression] of source.matchAll(/data-slot=\{([^}]*)\}/g)) {
      const template = /^`\$\{\w+\}([\w-]+)`$/.exec(expression?.trim() ?? '');
      if (template) for (const prefix of prefixes) slots.add(`${prefix}${template[1]}`);
      // `a ? 'slot-a' : 'slot-b'`: the strings it picks from, not those it compares with.
      else for (const [, quoted] of (expression ?? '').matchAll(/[?:]\s*'([\w-]+)'/g)) slots.add(quoted ?? '');
    }
  }
  slots.delete('');
  return [...slots].sort();
}

/** What each state attribute says; the check fails on an attribute the components set that is not here. */
const attributeMeanings: Record<string, { values: string; meaning: string }> = {
  'data-status': {
    values: 'idle | loading | success | error',
    meaning:
      'On the root of ConnectedAppPanel, ConnectedAppsList, MemberConnectedApps and AppScopes: the hook’s status. ' +
      'On a members list: `empty | no-matches | list`. On the export: `idle | pending | done | error`. On a ' +
      'revoke status: `idle | pending | done`. On `member-status`: the member’s status as Stytch sends it (deleted, ' +
      'invited, pending…), or `not_found`.',
  },
  'data-state': {
    values: 'idle | copied | failed; idle | retrying; open | closed',
    meaning:
      'A control’s state: the copy button and its status, the error banner’s Retry button, a scope of AppScopes (open when its holders are shown).',
  },
  'data-risk': {
    values: 'high | medium | long-lived | low | unknown',
    meaning:
      'A scope’s risk tier, on every chip, dialog entry and scope row, and on their risk labels. The tier is also said in words.',
  },
  'data-known': {
    values: 'present or absent',
    meaning:
      'A scope whose meaning is known: an OpenID Connect scope, or one the RBAC policy describes. Unknown scopes show verbatim.',
  },
  'data-stale': {
    values: 'present or absent',
    meaning: 'An error is shown over older data that is still on screen (a refresh failed).',
  },
  'data-selected': {
    values: 'present or absent',
    meaning: 'The app of ConnectedAppsList whose id is `selectedAppId` (it also has `aria-current="true"`).',
  },
  'data-virtualized': {
    values: 'present or absent',
    meaning: 'A members list above `virtualizeAbove` members: only the rows in view are rendered.',
  },
  'data-pending': {
    values: 'present or absent',
    meaning: 'A row (a member, or one member’s app) whose revoke is running.',
  },
  'data-revoking': {
    values: 'present or absent',
    meaning: 'MemberConnectedApps while revokes run.',
  },
  'data-expanded': {
    values: 'present or absent',
    meaning: 'ScopeChips showing every chip after its “+N more” button was pressed.',
  },
  'data-empty': {
    values: 'present or absent',
    meaning: 'The summary’s description when the app has none (it says “No description.”).',
  },
  'data-code': {
    values:
      'BAD_REQUEST | UNAUTHORIZED | FORBIDDEN | NOT_FOUND | RATE_LIMITED | SERVER | NETWORK | TIMEOUT | INVALID_RESPONSE',
    meaning: 'The error code, on the error banner and on each failed app of MemberConnectedApps.',
  },
  'data-client-type': {
    values: 'first_party | first_party_public | third_party | third_party_public | unknown',
    meaning: 'An app’s client type, on the summary, the apps of a list and their client type badges.',
  },
  'data-format': {
    values: 'csv | json',
    meaning: 'Which file an export button makes.',
  },
  'data-shape': {
    values: 'header | line | list',
    meaning: 'The shape of a loading placeholder (`skeleton-block`).',
  },
  'data-index': {
    values: 'a number',
    meaning: 'A virtualized row’s position, used to measure it: not a styling hook.',
  },
  'data-rca-theme': {
    values: 'light | dark',
    meaning:
      'Set it on any ancestor to force a theme. Dialogs, which render at the end of the page, copy it from what opened them.',
  },
};

/** Every attribute name the components set, but `data-slot` (listed apart). */
function readAttributes(): string[] {
  const names = new Set<string>();
  for (const source of Object.values(componentSources)) {
    for (const [, name] of source.matchAll(/\s(data-[a-z][\w-]*)=/g)) if (name && name !== 'data-slot') names.add(name);
  }
  return [...names].sort();
}

/** The state attributes a stylesheet can select, with their values and meaning. */
export function StateAttributes() {
  return (
    <Table caption="Attributes that carry state" head={['Attribute', 'Values', 'What it says']}>
      {readAttributes().map((name) => {
        const meaning = attributeMeanings[name];
        return (
          <tr key={name}>
            <TokenName name={name} />
            <td>{meaning ? meaning.values : '—'}</td>
            <td>
              {meaning ? withCode(meaning.meaning) : <span data-undocumented="">{name}: not described here yet</span>}
            </td>
          </tr>
        );
      })}
    </Table>
  );
}

/** Every part's `data-slot` value, alphabetically. */
export function SlotList() {
  return (
    <ul aria-label="data-slot values" style={{ columns: '16rem', columnGap: '2rem', paddingInlineStart: '1.25rem' }}>
      {readSlots().map((slot) => (
        <li key={slot}>
          <code>{slot}</code>
        </li>
      ))}
    </ul>
  );
}
