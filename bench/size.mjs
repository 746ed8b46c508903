// Bytes a customer ships, measured by bundling the built package the way an app's bundler would
// (tree-shaken, minified), then compressing. React is always external: the host app has it anyway.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';

const root = resolve(import.meta.dirname, '..');
const REACT = [/^react$/, /^react-dom($|\/)/, /^react\/jsx-runtime$/];
const DEPS = [/^swr($|\/)/, /^@radix-ui\//, /^@tanstack\//];

/** Budgets in gzip bytes (issue: a ≤ 8 kB, b ≤ 3 kB, c ≤ 3 kB; d − floor within 10 % of a). */
export const budgets = { library: 8 * 1024, hookOnly: 3 * 1024, styles: 3 * 1024, dependencyOverhead: 0.1 };

function measure(code) {
  const buffer = Buffer.from(code);
  return {
    minified: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer).length,
  };
}

async function bundle(source, external) {
  // Inside the project, so bare imports resolve from its node_modules.
  mkdirSync(join(root, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(root, '.tmp', 'size-'));
  try {
    const input = join(dir, 'entry.js');
    writeFileSync(input, source);
    const build = await rolldown({
      input,
      external,
      cwd: root,
      resolve: { alias: { 'react-connected-apps': join(root, 'dist/index.js') } },
      logLevel: 'silent',
    });
    const { output } = await build.generate({ format: 'esm', minify: true });
    await build.close();
    return measure(output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join(''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The four measurements; needs `npm run build` first. */
export async function measureSizes() {
  const everything = "export * from 'react-connected-apps';";
  const library = await bundle(everything, [...REACT, ...DEPS]);
  const hookOnly = await bundle("export { useConnectedApp, createFetchTransport } from 'react-connected-apps';", [
    ...REACT,
    ...DEPS,
  ]);
  const styles = measure(readFileSync(join(root, 'dist/styles.css'), 'utf8'));
  const withDependencies = await bundle(everything, REACT);
  const floor = await bundle(
    "export * from 'swr'; export * from '@radix-ui/react-dialog'; export * from '@tanstack/react-virtual';",
    REACT,
  );
  const overhead = withDependencies.gzip - floor.gzip;
  return {
    library,
    hookOnly,
    styles,
    withDependencies,
    floor,
    dependencyOverheadRatio: Math.abs(overhead - library.gzip) / library.gzip,
  };
}

/** Failures against the budgets, as sentences (empty when every budget holds). */
export function overBudget(sizes) {
  const failures = [];
  if (sizes.library.gzip > budgets.library) failures.push(`library ${sizes.library.gzip} B gzip > ${budgets.library}`);
  if (sizes.hookOnly.gzip > budgets.hookOnly)
    failures.push(`hook-only ${sizes.hookOnly.gzip} B gzip > ${budgets.hookOnly}`);
  if (sizes.styles.gzip > budgets.styles) failures.push(`styles.css ${sizes.styles.gzip} B gzip > ${budgets.styles}`);
  if (sizes.dependencyOverheadRatio > budgets.dependencyOverhead) {
    failures.push(
      `entry with dependencies minus the floor differs from the library by ${(sizes.dependencyOverheadRatio * 100).toFixed(1)} %`,
    );
  }
  return failures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = await measureSizes();
  for (const [name, value] of Object.entries(sizes)) console.log(name, JSON.stringify(value));
  const failures = overBudget(sizes);
  for (const failure of failures) console.error(`over budget: ${failure}`);
  process.exit(failures.length > 0 ? 1 : 0);
}
