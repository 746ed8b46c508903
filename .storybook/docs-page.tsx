import {
  ArgTypes,
  Canvas,
  Heading,
  Markdown,
  Primary,
  Source,
  Stories,
  Title,
  useOf,
} from '@storybook/addon-docs/blocks';

/** What react-docgen puts on a component: its TSDoc, as written. */
interface Documented {
  __docgenInfo?: { description?: string };
}

/**
 * A component's TSDoc, split into its prose and its `@example` blocks. Storybook's own `Description` shows
 * the raw text, in which Markdown takes an example's JSX for HTML and drops it.
 */
export function splitTsDoc(doc: string): { prose: string; examples: string[] } {
  const [prose = '', ...tags] = doc.split(/^@(?=\w)/m);
  const examples = tags
    .filter((tag) => tag.startsWith('example'))
    .map((tag) => tag.slice('example'.length).trim())
    .filter(Boolean);
  // `{@link Name}` names another export: shown as code.
  return { prose: prose.replace(/\{@link\s+([^}\s]+)\s*\}/g, '`$1`').trim(), examples };
}

/** The component's TSDoc: its prose, then each `@example` as code. */
function ComponentDescription() {
  const resolved = useOf('meta', ['meta']);
  const component = resolved.preparedMeta.component as Documented | undefined;
  const override = resolved.preparedMeta.parameters?.docs?.description?.component;
  const { prose, examples } = splitTsDoc(
    typeof override === 'string' ? override : (component?.__docgenInfo?.description ?? ''),
  );
  return (
    <>
      {prose ? <Markdown>{prose}</Markdown> : null}
      {examples.map((example) => (
        <Source key={example} code={example} language="tsx" />
      ))}
    </>
  );
}

/**
 * The story a docs page opens with: the component at work (its "Success" story, or the one a meta names in
 * `parameters.docs.primaryStory`), not whichever state its file lists first (often idle or loading).
 */
function PrimaryStory() {
  const { csfFile, preparedMeta } = useOf('meta', ['meta']);
  const wanted = (preparedMeta.parameters?.docs?.primaryStory as string | undefined) ?? 'Success';
  const story = Object.values(csfFile.stories).find((candidate) => candidate.name === wanted);
  return story ? <Canvas of={story.moduleExport} /> : <Primary />;
}

/**
 * The page every component gets (`tags: ['autodocs']`): the component's TSDoc with its examples, its first
 * story at work, a read-only props table (descriptions from the props' TSDoc, with tabs for `subcomponents`), then
 * every story. `ArgTypes` rather than Storybook's default `Controls`: a docs page documents the props, and
 * the controls (an object editor, a toggle) cannot edit the library's objects, such as an `ErrorBanner`'s
 * error.
 */
export function ComponentDocsPage() {
  return (
    <>
      <Title />
      <ComponentDescription />
      <PrimaryStory />
      <Heading>Props</Heading>
      <ArgTypes />
      <Stories />
    </>
  );
}
