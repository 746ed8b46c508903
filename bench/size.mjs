// Bytes a customer ships, measured by bundling the built package the way an app's bundler would (tree-shaken,
// minified, NODE_ENV=production) with two bundlers, rolldown (Vite's) and esbuild, then compressing. React is
// always external: the host app has it anyway. `node bench/size.mjs` prints the sizes and exits 1 when a
// budget is exceeded; `--modules` also prints what each module of the browser entry weighs.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { rolldown } from 'rolldown';
import { parseAst } from 'rolldown/parseAst';

const root = resolve(import.meta.dirname, '..');
const REACT = [/^react$/, /^react-dom($|\/)/, /^react\/jsx-runtime$/];
const DEPENDENCY = /^(swr|@radix-ui\/[^/]+|virtua)($|\/)/;
const DEPS = [DEPENDENCY];
export const BUNDLERS = ['rolldown', 'esbuild'];

/**
 * What customers' pages import. Each is bundled "all-in": the library with swr, Radix Dialog and the
 * virtualizer, React excluded; the hook alone is bundled with those dependencies external too.
 */
export const PAGES = {
  /** A page showing one app: the panel (summary, members list, member dialog), provider and transport. */
  panelPage: 'export { ConnectedAppsProvider, ConnectedAppPanel, createFetchTransport } from "react-connected-apps";',
  /** The full admin page: the organization's apps, the panel with revoke, and a member's apps. */
  adminPage:
    'export { ConnectedAppsProvider, ConnectedAppsList, ConnectedAppPanel, MemberConnectedApps, createFetchTransport } from "react-connected-apps";',
  hookOnly: 'export { useConnectedApp, createFetchTransport } from "react-connected-apps";',
};

/** The virtualizers measured against each other, as the members list would import them. */
export const VIRTUALIZERS = {
  'virtua 0.54 (Virtualizer)': 'export { Virtualizer } from "virtua";',
  '@tanstack/react-virtual 3 (useVirtualizer)': 'export { useVirtualizer } from "@tanstack/react-virtual";',
  'react-window 2 (List)': 'export { List } from "react-window";',
};

/** The targets in gzip bytes, for both bundlers. `library` (the whole browser entry) is reported, not targeted. */
export const targets = {
  panelPage: 32 * 1024,
  adminPage: 40 * 1024,
  hookOnly: 3 * 1024,
  styles: 4.5 * 1024,
  dependencyOverhead: 0.1,
};

/**
 * What the test command enforces: the target where it is met, otherwise a ceiling a little above today's size,
 * so that any growth fails the tests while the gap stays visible in every run ("target missed: …"). The panel
 * page's stated maximum (36 kB) is not met either (README "Benchmarks" says why and what closing it takes).
 */
export const budgets = {
  panelPage: 43.5 * 1024,
  adminPage: 46 * 1024,
  hookOnly: 4.75 * 1024,
  styles: 5.25 * 1024,
  library: 23.5 * 1024,
  dependencyOverhead: 0.1,
};

const gzip = (text) => gzipSync(Buffer.from(text), { level: 9 }).length;

function measure(code) {
  const buffer = Buffer.from(code);
  return { minified: buffer.length, gzip: gzip(buffer), brotli: brotliCompressSync(buffer).length };
}

const isExternal = (external, id) => external.some((pattern) => pattern.test(id));

async function bundleWithRolldown(input, external) {
  const build = await rolldown({
    input,
    external: (id) => isExternal(external, id),
    cwd: root,
    resolve: { alias: { 'react-connected-apps': join(root, 'dist/index.js') } },
    transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    logLevel: 'silent',
  });
  const { output } = await build.generate({ format: 'esm', minify: true });
  await build.close();
  const chunks = output.filter((item) => item.type === 'chunk');
  return { code: chunks.map((chunk) => chunk.code).join(''), chunks };
}

async function bundleWithEsbuild(input, external) {
  const result = await esbuild.build({
    entryPoints: [input],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    absWorkingDir: root,
    alias: { 'react-connected-apps': join(root, 'dist/index.js') },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
    plugins: [
      {
        name: 'external',
        setup(build) {
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            isExternal(external, args.path) ? { path: args.path, external: true } : undefined,
          );
        },
      },
    ],
  });
  return { code: result.outputFiles.map((file) => file.text).join(''), chunks: [] };
}

async function bundle(source, external, bundler = 'rolldown') {
  // Inside the project, so bare imports resolve from its node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'size-'));
  try {
    const input = join(dir, 'entry.js');
    writeFileSync(input, source);
    return bundler === 'esbuild' ? await bundleWithEsbuild(input, external) : await bundleWithRolldown(input, external);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function walk(node, visit) {
  if (node === null || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (typeof node.type === 'string') visit(node);
  for (const value of Object.values(node)) walk(value, visit);
}

/**
 * What the library's code imports from its dependencies, read from its own bundle: named and default
 * imports as they are, a namespace import (`import * as Dialog`) as the members the code reads (kept only
 * when the package exports them: minified code reuses the namespace's short name for other locals).
 * Returns the floor's entry source: the same bindings, re-exported.
 */
export async function floorEntry(libraryCode) {
  const program = parseAst(libraryCode);
  const namespaces = new Map();
  const named = new Map();
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration' || !DEPENDENCY.test(statement.source.value)) continue;
    const from = statement.source.value;
    if (!named.has(from)) named.set(from, new Set());
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') namespaces.set(specifier.local.name, from);
      else if (specifier.type === 'ImportDefaultSpecifier') named.get(from).add('default');
      else named.get(from).add(specifier.imported.name ?? specifier.imported.value);
    }
  }
  walk(program, (node) => {
    if (node.type !== 'MemberExpression' || node.computed || node.object.type !== 'Identifier') return;
    const from = namespaces.get(node.object.name);
    if (from !== undefined) named.get(from).add(node.property.name);
  });
  const lines = [];
  for (const [from, names] of named) {
    const exported = new Set(Object.keys(await import(from)));
    const kept = [...names].filter((name) => name === 'default' || exported.has(name)).sort();
    lines.push(`export { ${kept.join(', ')} } from '${from}';`);
  }
  return lines.join('\n');
}

/** Every size, with both bundlers where it says `{ rolldown, esbuild }`; needs `npm run build` first. */
export async function measureSizes() {
  const everything = "export * from 'react-connected-apps';";
  const byBundler = async (source, external) =>
    Object.fromEntries(
      await Promise.all(
        BUNDLERS.map(async (bundler) => [bundler, measure((await bundle(source, external, bundler)).code)]),
      ),
    );
  const libraryBundle = await bundle(everything, [...REACT, ...DEPS]);
  const library = measure(libraryBundle.code);
  const pages = {
    panelPage: await byBundler(PAGES.panelPage, REACT),
    adminPage: await byBundler(PAGES.adminPage, REACT),
    hookOnly: await byBundler(PAGES.hookOnly, [...REACT, ...DEPS]),
  };
  const virtualizers = {};
  for (const [name, source] of Object.entries(VIRTUALIZERS)) virtualizers[name] = await byBundler(source, REACT);
  const styles = measure(readFileSync(join(root, 'dist/styles.css'), 'utf8'));
  const withDependencies = measure((await bundle(everything, REACT)).code);
  // The floor: exactly what the library imports from swr, Radix Dialog and virtua, bundled the same way.
  // `export * from 'swr'` would miss useSWR itself (a default export) and add APIs the library never uses.
  const floorSource = await floorEntry(libraryBundle.code);
  const floor = measure((await bundle(floorSource, REACT)).code);
  const overhead = withDependencies.gzip - floor.gzip;
  return {
    library,
    ...pages,
    styles,
    virtualizers,
    withDependencies,
    floor,
    floorImports: floorSource.split('\n'),
    dependencyOverhead: overhead,
    dependencyOverheadRatio: Math.abs(overhead - library.gzip) / library.gzip,
  };
}

/**
 * What each module of the browser entry weighs in the minified library bundle: its own minified bytes, its
 * gzip alone, and its marginal gzip (the whole bundle's gzip minus the bundle's without that module's code).
 */
export async function measureModules() {
  const { chunks } = await bundle("export * from 'react-connected-apps';", [...REACT, ...DEPS]);
  const modules = Object.entries(chunks[0]?.modules ?? {})
    .map(([id, info]) => ({ id: relative(root, id), code: info.code ?? '' }))
    .filter((module) => module.code !== '');
  const whole = gzip(modules.map((module) => module.code).join('\n'));
  return modules
    .map(({ id, code }) => ({
      module: id,
      minified: Buffer.byteLength(code),
      gzip: gzip(code),
      marginalGzip:
        whole -
        gzip(
          modules
            .filter((other) => other.id !== id)
            .map((other) => other.code)
            .join('\n'),
        ),
    }))
    .sort((a, b) => b.marginalGzip - a.marginalGzip);
}

/** The largest gzip size of a measure over both bundlers (a plain measure is its own). */
const worst = (size) => (typeof size.gzip === 'number' ? size.gzip : Math.max(...BUNDLERS.map((b) => size[b].gzip)));

/** Failures against the budgets, as sentences (empty when every budget holds). */
export function overBudget(sizes) {
  const failures = [];
  for (const name of ['panelPage', 'adminPage', 'hookOnly', 'styles', 'library']) {
    if (worst(sizes[name]) > budgets[name]) failures.push(`${name} ${worst(sizes[name])} B gzip > ${budgets[name]}`);
  }
  if (sizes.dependencyOverheadRatio > budgets.dependencyOverhead) {
    failures.push(
      `entry with dependencies minus the floor differs from the library by ${(sizes.dependencyOverheadRatio * 100).toFixed(1)} %`,
    );
  }
  return failures;
}

/** The targets missed, as sentences. */
export function targetsMissed(sizes) {
  const missed = [];
  for (const name of ['panelPage', 'adminPage', 'hookOnly', 'styles']) {
    const over = worst(sizes[name]) - targets[name];
    if (over > 0) {
      missed.push(
        `${name} ${worst(sizes[name])} B gzip, ${over} B (${((over / targets[name]) * 100).toFixed(1)} %) over ${targets[name]}`,
      );
    }
  }
  return missed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSizes();
  const rows = [];
  for (const name of ['panelPage', 'adminPage', 'hookOnly']) {
    for (const bundler of BUNDLERS) rows.push({ measure: `${name} (${bundler})`, ...sizes[name][bundler] });
  }
  for (const name of ['styles', 'library', 'withDependencies', 'floor']) rows.push({ measure: name, ...sizes[name] });
  for (const [name, size] of Object.entries(sizes.virtualizers)) {
    for (const bundler of BUNDLERS) rows.push({ measure: `${name} (${bundler})`, ...size[bundler] });
  }
  console.table(rows);
  console.log(
    `with dependencies − floor = ${sizes.dependencyOverhead} B gzip; library = ${sizes.library.gzip} B: ` +
      `${(sizes.dependencyOverheadRatio * 100).toFixed(1)} % apart`,
  );
  if (process.argv.includes('--modules')) console.table(await measureModules());
  for (const missed of targetsMissed(sizes)) console.log(`target missed: ${missed}`);
  const failures = overBudget(sizes);
  for (const failure of failures) console.error(`over budget: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
