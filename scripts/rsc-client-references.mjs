// Node module hooks (node:module `register`) for scripts/check-server-components.mjs: what a React Server
// Components bundler (Next.js App Router, ...) does with a module that begins with 'use client'. Such a
// module is never evaluated on the server: the bundler replaces it by one "client reference" per export, a
// placeholder that React serializes for the browser to load the real module. Every ES module loaded from
// disk (the package's dist/ and its dependencies alike, as a bundler does) that begins with the directive
// becomes such a stub here; its export names are read by es-module-lexer.
import { init, parse } from 'es-module-lexer';

/** The directive as a module's first statement: only comments and whitespace may come before it. */
export const USE_CLIENT = /^(?:\s|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*(['"])use client\1/;

/** A registry the stubs add themselves to, so the check can list which modules stayed on the client. */
export const STUBBED = 'react-connected-apps.rsc.client-modules';

/** The stub of a client module at `url` exporting `names`: client references in place of its values. */
function clientReferenceModule(url, names) {
  const lines = [
    `const stubbed = (globalThis[Symbol.for(${JSON.stringify(STUBBED)})] ??= []);`,
    `stubbed.push(${JSON.stringify(url)});`,
    'const reference = (name) =>',
    `  Object.freeze({ $$typeof: Symbol.for('react.client.reference'), $$id: ${JSON.stringify(`${url}#`)} + name, $$async: false, name });`,
  ];
  names.forEach((name, index) => {
    lines.push(`const reference${index} = reference(${JSON.stringify(name)});`);
    lines.push(`export { reference${index} as ${JSON.stringify(name)} };`);
  });
  return lines.join('\n');
}

export async function load(url, context, nextLoad) {
  const loaded = await nextLoad(url, context);
  if (loaded.format !== 'module' || !url.startsWith('file:') || loaded.source == null) return loaded;
  const source = typeof loaded.source === 'string' ? loaded.source : new TextDecoder().decode(loaded.source);
  if (!USE_CLIENT.test(source)) return loaded;
  await init;
  const [imports, exports] = parse(source, url);
  // `export * from` hides its names from a lexer; a client module re-exporting everything of another would
  // need that module's names too. None of ours does: refuse it rather than stub it wrong.
  const star = imports.find((entry) => /^export\s*\*/.test(source.slice(entry.ss, entry.se)));
  if (star) throw new Error(`${url}: a 'use client' module with \`export *\` cannot be stubbed by this check`);
  return {
    format: 'module',
    source: clientReferenceModule(
      url,
      exports.map((entry) => entry.n),
    ),
    shortCircuit: true,
  };
}
