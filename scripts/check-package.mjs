// Checks the built package as a customer meets it:
// 1. 'use client' is where React Server Components need it: on every module that uses client React (hooks,
//    createContext, forwardRef, JSX components) and on every module whose source has it, and nowhere else:
//    not on dist/index.js nor on a module that only re-exports, so the pure helpers run in Server
//    Components (scripts/check-server-components.mjs imports the package as a Server Component does);
// 2. nothing the browser entries load imports the stytch SDK or Node built-ins, or holds server or
//    emulator code;
// 3. the `npm pack` tarball, installed into a new empty project, type-checks and resolves.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { createChecklist } from './checklist.mjs';
import { USE_CLIENT } from './rsc-client-references.mjs';

const root = resolve(import.meta.dirname, '..');
const { check, failures } = createChecklist();

// 1: 'use client', module by module (the build keeps each module's directive at the top of its own file).
const entry = join(root, 'dist/index.js');
const startsWithUseClient = (file) => USE_CLIENT.test(readFileSync(file, 'utf8'));
check(
  !startsWithUseClient(entry),
  "dist/index.js does not start with 'use client' (its helpers run in Server Components)",
);
const distModules = readdirSync(join(root, 'dist'), { recursive: true })
  .filter((file) => file.endsWith('.js'))
  .map((file) => join(root, 'dist', file));
/** The source module a built one comes from, read from its source map (re-export-only entries have none). */
const sourceOf = (file) => {
  const map = `${file}.map`;
  if (!existsSync(map)) return undefined;
  const { sources } = JSON.parse(readFileSync(map, 'utf8'));
  return sources.length === 1 ? resolve(dirname(file), sources[0]) : undefined;
};
// Names the react-server build of React has: anything else imported from 'react' only exists on the client.
const reactServerExports = new Set(
  JSON.parse(
    execFileSync(
      process.execPath,
      [
        '--conditions=react-server',
        '--input-type=module',
        '-e',
        "console.log(JSON.stringify(Object.keys(await import('react'))))",
      ],
      { cwd: root },
    ).toString(),
  ),
);
/**
 * What a built module uses that only exists on the client: hooks (any `use…` import, swr's default
 * `useSWR`), createContext, forwardRef and what React's server build lacks, JSX (every component of this
 * library is a client component), Radix. `reexportOnly` when the module only imports and re-exports.
 */
function clientApis(file) {
  const module = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
  const uses = [];
  let reexportOnly = true;
  for (const statement of module.statements) {
    if (ts.isExpressionStatement(statement) && ts.isStringLiteral(statement.expression)) continue;
    if (ts.isExportDeclaration(statement)) continue;
    if (!ts.isImportDeclaration(statement)) {
      reexportOnly = false;
      continue;
    }
    const from = statement.moduleSpecifier.text;
    const clause = statement.importClause;
    const bindings = clause?.namedBindings;
    const names = [
      ...(clause?.name ? ['default'] : []),
      ...(bindings && ts.isNamedImports(bindings)
        ? bindings.elements.map((el) => (el.propertyName ?? el.name).text)
        : []),
      ...(bindings && ts.isNamespaceImport(bindings) ? ['*'] : []),
    ];
    for (const name of names) {
      const hook = /^use([A-Z]|$)/.test(name) || (from === 'swr' && name === 'default');
      const clientReact =
        from === 'react' && (['createContext', 'forwardRef'].includes(name) || !reactServerExports.has(name));
      if (hook || clientReact) uses.push(`${name} from ${from}`);
    }
    if (from === 'react/jsx-runtime' || from.startsWith('@radix-ui/')) uses.push(from);
  }
  return { uses, reexportOnly };
}
const usingClient = [];
const unmarked = [];
const reexportsMarked = [];
for (const file of distModules) {
  const { uses, reexportOnly } = clientApis(file);
  const marked = startsWithUseClient(file);
  if (reexportOnly) {
    if (marked) reexportsMarked.push(relative(root, file));
    continue;
  }
  if (uses.length === 0) continue;
  usingClient.push(file);
  if (!marked) {
    const source = sourceOf(file);
    unmarked.push(`${relative(root, source ?? file)}: ${[...new Set(uses)].join(', ')}`);
  }
}
check(
  usingClient.length > 0 && unmarked.length === 0,
  `the ${usingClient.length} dist modules using client React (hooks, createContext, forwardRef, JSX) start with 'use client'${unmarked.length ? `; missing in:\n${unmarked.join('\n')}` : ''}`,
);
const markedSources = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
  .map((file) => join(root, 'src', file))
  .filter(startsWithUseClient);
const builtFrom = new Map(distModules.map((file) => [sourceOf(file), file]));
/** src/a/b.tsx is built to dist/a/b.js (preserveModules); the source map says so unless only re-exported. */
const builtFile = (source) =>
  builtFrom.get(source) ?? join(root, 'dist', relative(join(root, 'src'), source).replace(/\.tsx?$/, '.js'));
const lost = markedSources.filter(
  (source) => !existsSync(builtFile(source)) || !startsWithUseClient(builtFile(source)),
);
check(
  markedSources.length > 0 && lost.length === 0,
  `the build keeps the 'use client' of all ${markedSources.length} source modules that have it${lost.length ? `; lost in:\n${lost.map((file) => relative(root, file)).join('\n')}` : ''}`,
);
check(
  reexportsMarked.length === 0,
  `no re-export-only module starts with 'use client' (it would turn what it re-exports into client references)${reexportsMarked.length ? `:\n${reexportsMarked.join('\n')}` : ''}`,
);

// 2: walk the static imports of every browser entry inside dist (all but ./server and ./emulator).
const { exports } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entryFiles = (keep) =>
  Object.entries(exports)
    .filter(([subpath, target]) => typeof target === 'object' && keep(subpath))
    .map(([, target]) => join(root, target.default));
const serverSubpath = (subpath) => subpath === './server' || subpath === './emulator';

/** Every file reached by static imports from `entries`; `onPackage` sees each bare specifier. */
function walkImports(entries, onPackage = () => undefined) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
      if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
      else onPackage(specifier);
    }
  }
  return seen;
}
const browserEntries = entryFiles((subpath) => !serverSubpath(subpath));
const seen = walkImports(browserEntries, (specifier) =>
  check(!/^(stytch|node:|http|https|fs|net)($|\/)/.test(specifier), `browser code imports no ${specifier}`),
);
check(
  seen.size > browserEntries.length,
  `browser entry graph: ${seen.size} file(s) from ${browserEntries.length} entries`,
);

// 2, by content: no server or emulator module is reached, and no browser file holds any string that only
// server or emulator code has (header and cookie names, routes, messages), nor the stytch SDK's API host,
// so code inlined by another bundling setup is caught too.
const relativeSeen = [...seen].map((file) => relative(root, file));
const serverFiles = [...walkImports(entryFiles(serverSubpath))].filter((file) => !seen.has(file));
check(
  relativeSeen.every((file) => !/^dist\/(server|emulator)\//.test(file)) && serverFiles.length > 0,
  `browser files include none of the ${serverFiles.length} server and emulator modules`,
);
/** The string and template literals of a module (import paths left out), read by TypeScript's parser. */
function literals(file) {
  const found = [];
  const visit = (node) => {
    const isPath = ts.isImportDeclaration(node.parent ?? node) || ts.isExportDeclaration(node.parent ?? node);
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) {
      if (!isPath && node.text.length >= 8) found.push(node.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true));
  return found;
}
const browserSources = readdirSync(join(root, 'src'), { recursive: true })
  .filter((file) => /\.tsx?$/.test(file) && !/^(server|emulator)\//.test(file))
  .flatMap((file) => literals(join(root, 'src', file)));
const markers = new Set(serverFiles.flatMap((file) => literals(file)));
for (const literal of browserSources) markers.delete(literal);
const leaks = [...seen].flatMap((file) => [
  ...literals(file)
    .filter((literal) => markers.has(literal))
    .map((literal) => `${relative(root, file)}: ${JSON.stringify(literal)}`),
  ...(readFileSync(file, 'utf8').includes('api.stytch.com') ? [`${relative(root, file)}: api.stytch.com`] : []),
]);
check(
  markers.size >= 20 && leaks.length === 0,
  `browser files hold none of ${markers.size} strings unique to server and emulator code${leaks.length ? `\n${leaks.join('\n')}` : ''}`,
);

// 3: a new project installs the tarball and uses it.
const work = mkdtempSync(join(tmpdir(), 'rca-pack-'));
const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1);
  const project = join(work, 'app');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'customer-app', private: true, type: 'module' }));
  const versions = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const deps = ['react', 'react-dom', 'swr', '@types/react', 'typescript'].map((name) => `${name}@${versions[name]}`);
  run(
    'npm',
    ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), ...deps],
    project,
  );
  writeFileSync(
    join(project, 'index.ts'),
    [
      "import { ConnectedAppsProvider, useConnectedApp, type ConnectedAppState } from 'react-connected-apps';",
      "import { createMemoryTransport, fixtureApps } from 'react-connected-apps/testing';",
      'export const transport = createMemoryTransport({ org: [fixtureApps.firstParty] });',
      'export function useName(): string | undefined {',
      "  const state: ConnectedAppState = useConnectedApp('org', fixtureApps.firstParty.connectedAppId);",
      "  return state.status === 'success' ? state.data.name : undefined;",
      '}',
      'export { ConnectedAppsProvider };',
    ].join('\n'),
  );
  writeFileSync(
    join(project, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        noEmit: true,
        jsx: 'react-jsx',
      },
      files: ['index.ts'],
    }),
  );
  let typeErrors = '';
  try {
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], project);
  } catch (error) {
    typeErrors = String(error.stdout ?? error);
  }
  check(
    typeErrors === '',
    `a new project type-checks \`import { useConnectedApp } from 'react-connected-apps'\`${typeErrors ? `\n${typeErrors}` : ''}`,
  );
  const resolved = run(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const m = await import('react-connected-apps'); const t = await import('react-connected-apps/testing'); console.log(typeof m.useConnectedApp, typeof t.createMemoryTransport)",
    ],
    project,
  ).trim();
  check(resolved === 'function function', `the installed package resolves in Node (${resolved})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.error(`\n${failures.length} package check(s) failed`);
  process.exit(1);
}
console.log('\npackage checks passed');
