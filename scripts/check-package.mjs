// Checks the built package as a customer meets it:
// 1. the browser entry keeps its 'use client' directive (bundlers drop it silently);
// 2. nothing the browser entry loads mentions the stytch SDK or Node built-ins;
// 3. the `npm pack` tarball, installed into a new empty project, type-checks and resolves.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

// 1 and 2: walk the browser entry's static imports inside dist.
const entry = join(root, 'dist/index.js');
check(/^\s*['"]use client['"];/.test(readFileSync(entry, 'utf8')), "dist/index.js starts with 'use client'");
const seen = new Set();
const queue = [entry];
while (queue.length > 0) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, specifier] of code.matchAll(/(?:from|import)\s*["']([^"']+)["']/g)) {
    if (specifier.startsWith('.')) queue.push(resolve(dirname(file), specifier));
    else check(!/^(stytch|node:|http|https|fs|net)($|\/)/.test(specifier), `browser code imports no ${specifier}`);
  }
}
check(seen.size > 0, `browser entry graph: ${seen.size} file(s)`);

// 3: a new project installs the tarball and uses it.
const work = mkdtempSync(join(tmpdir(), 'rca-pack-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] }).toString();
try {
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').at(-1);
  const project = join(work, 'app');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'customer-app', private: true, type: 'module' }));
  const versions = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies;
  const deps = ['react', 'react-dom', 'swr', '@types/react', 'typescript'].map((name) => `${name}@${versions[name]}`);
  run('npm', ['install', '--silent', '--no-audit', '--no-fund', '--prefer-offline', join(work, tarball), ...deps], project);
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
      compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', noEmit: true, jsx: 'react-jsx' },
      files: ['index.ts'],
    }),
  );
  let typeErrors = '';
  try {
    run(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], project);
  } catch (error) {
    typeErrors = String(error.stdout ?? error);
  }
  check(typeErrors === '', `a new project type-checks \`import { useConnectedApp } from 'react-connected-apps'\`${typeErrors ? `\n${typeErrors}` : ''}`);
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
