/// <reference types="vite/client" />
/**
 * Tidies what react-docgen read from the components' TSDoc before Storybook's props tables show it. The TSDoc
 * stays as written for editors; the tables get:
 * - the props a component takes with `Pick<OtherProps, 'a' | 'b'>`, which react-docgen does not follow into
 *   another module: copied from the other component's docgen, TSDoc included;
 * - `{@link Name}` as code, not as literal braces;
 * - a one-line `… @default 100` as the prop's default, not as the end of its description;
 * - a union's own text (`string | null`) as its type, not the word "union".
 */

const componentSources = import.meta.glob<string>('../src/components/*.tsx', {
  query: '?raw',
  import: 'default',
  eager: true,
});

interface DocgenProp {
  description?: string;
  defaultValue?: { value: string; computed?: boolean } | null;
  tsType?: { name: string; raw?: string };
}

interface DocgenInfo {
  description?: string;
  props?: Record<string, DocgenProp>;
}

const link = /\{@link\s+([^}\s]+)\s*\}/g;

function tidyProp(prop: DocgenProp): void {
  let description = (prop.description ?? '').replace(link, '`$1`');
  // A block tag after the text on the same line: comment-parser only sees tags that start a line.
  const asDefault = (text: string) => ({ value: text.replace(/\s+/g, ' ').replace(/`/g, '').trim(), computed: false });
  const inlineDefault = /^([^\n]*\S)[ \t]+@default[ \t]+([^\n]+)$/m.exec(description);
  if (inlineDefault) {
    description = description.replace(inlineDefault[0], inlineDefault[1] ?? '');
    prop.defaultValue ??= asDefault(inlineDefault[2] ?? '');
  }
  // A `@default` on its own line: Storybook drops the tag from the description, so keep its value.
  const ownLineDefault = /^@default\s+([\s\S]+?)\s*(?=^@|$(?![\s\S]))/m.exec(description);
  if (ownLineDefault) prop.defaultValue ??= asDefault(ownLineDefault[1] ?? '');
  prop.description = description;
  const type = prop.tsType;
  if (type && (type.name === 'union' || type.name === 'intersection') && type.raw) type.name = type.raw;
}

function docgenOf(value: unknown): (DocgenInfo & { tidied?: boolean }) | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  return (value as { __docgenInfo?: DocgenInfo & { tidied?: boolean } }).__docgenInfo;
}

/**
 * For each `export const Name = forwardRef<…, NameProps>` whose `interface NameProps` picks props of another
 * component (`Pick<OtherProps, 'a' | 'b'>`): the picked props, as `Other`'s docgen has them.
 */
function pickedProps(exports: Record<string, unknown>): void {
  for (const source of Object.values(componentSources)) {
    for (const [, name, propsName] of source.matchAll(/export const (\w+) = forwardRef<[^,]+,\s*(\w+)>/g)) {
      const declaration = new RegExp(`interface ${propsName}\\b([^{]*)\\{`).exec(source);
      const target = docgenOf(exports[name ?? '']);
      if (!declaration || !target) continue;
      const picked: Record<string, DocgenProp> = {};
      for (const [, otherProps, keys] of (declaration[1] ?? '').matchAll(/Pick<\s*(\w+)Props\s*,([^>]*)>/g)) {
        const other = docgenOf(exports[otherProps ?? '']);
        for (const [, key] of (keys ?? '').matchAll(/'(\w+)'/g)) {
          const prop = other?.props?.[key ?? ''];
          if (key && prop && !target.props?.[key]) picked[key] = structuredClone(prop);
        }
      }
      // The picked props first, in the order they are picked: the component's own come after.
      target.props = { ...picked, ...target.props };
    }
  }
}

/** Tidies the `__docgenInfo` of every component among `exports`, in place, once. */
export function tidyDocgen(exports: Record<string, unknown>): void {
  pickedProps(exports);
  for (const value of Object.values(exports)) {
    const info = docgenOf(value);
    if (!info || info.tidied) continue;
    for (const prop of Object.values(info.props ?? {})) tidyProp(prop);
    info.tidied = true;
  }
}
