import { existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Declaration files are emitted with extensionless relative imports ('./core/index'), which TypeScript's
 * NodeNext resolution rejects in customers' projects. This writes each one as the file Node would load.
 */
function withExplicitExtensions(filePath: string, content: string) {
  const sourceDir = join(src(''), relative(fileURLToPath(new URL('./dist', import.meta.url)), dirname(filePath)));
  const rewrite = (specifier: string) => {
    if (/\.(js|css)$/.test(specifier)) return specifier;
    const target = join(sourceDir, specifier);
    return existsSync(`${target}.ts`) || existsSync(`${target}.tsx`) ? `${specifier}.js` : `${specifier}/index.js`;
  };
  return {
    content: content.replace(
      /(from\s+|import\()(['"])(\.{1,2}\/[^'"]*)\2/g,
      (_m, lead, q, spec) => `${lead}${q}${rewrite(spec)}${q}`,
    ),
  };
}

/** Tests, stories and the demo import the public entries, as customers do, aliased to the sources. */
export const publicEntries = [
  { find: /^react-connected-apps$/, replacement: src('index.ts') },
  { find: /^react-connected-apps\/testing$/, replacement: src('testing/index.ts') },
  { find: /^react-connected-apps\/server$/, replacement: src('server/index.ts') },
  { find: /^react-connected-apps\/emulator$/, replacement: src('emulator/index.ts') },
  { find: /^react-connected-apps\/locales\/fr$/, replacement: src('locales/fr.ts') },
  { find: /^react-connected-apps\/styles\.css$/, replacement: src('styles/index.css') },
];

const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^swr($|\/)/,
  /^@radix-ui\//,
  /^virtua($|\/)/,
  /^stytch($|\/)/,
  /^node:/,
];

export default defineConfig({
  plugins: [
    react(),
    dts({
      tsconfigPath: './tsconfig.build.json',
      entryRoot: 'src',
      include: ['src'],
      beforeWriteFile: withExplicitExtensions,
    }),
  ],
  resolve: { alias: publicEntries },
  // The library ships no public assets; keeping publicDir off stops Storybook's files leaking into dist.
  publicDir: false,
  build: {
    sourcemap: true,
    lib: {
      entry: {
        index: src('index.ts'),
        testing: src('testing/index.ts'),
        server: src('server/index.ts'),
        emulator: src('emulator/index.ts'),
        // The package's `bin` (react-connected-apps-emulator): a Node script, its `#!/usr/bin/env node` kept.
        'emulator-cli': src('emulator/cli.ts'),
        // The French catalogue is its own entry: the browser entry stays within its size budget.
        'locales/fr': src('locales/fr.ts'),
      },
      formats: ['es'],
    },
    rolldownOptions: {
      external,
      // One output file per source module: with `sideEffects` limited to CSS, an app's bundler drops every
      // module it does not import (an app using only the hook ships no component code). Rolldown keeps each
      // module's 'use client' directive at the top of that module's own file: only the modules using client
      // React have one (not src/index.ts), so Server Components can call the pure helpers.
      // scripts/check-package.mjs checks the directives; scripts/check-server-components.mjs imports the
      // build as a Server Component does.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/node/**', 'test/e2e/**'],
          setupFiles: ['test/setup.ts'],
          globals: true,
          typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/node/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          // The demo in Debian's Chromium, driven by playwright-core: `npm start`'s server, started per run.
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      // Every story is a test in real Chromium, with axe (.storybook/preview.tsx). A function, so that
      // only Vitest loads Storybook: the library build and Storybook itself read this file too.
      async () => {
        const { storybookTest } = await import('@storybook/addon-vitest/vitest-plugin');
        const { playwright } = await import('@vitest/browser-playwright');
        return {
          extends: true,
          plugins: [
            storybookTest({
              configDir: fileURLToPath(new URL('./.storybook', import.meta.url)),
              // Failures link to the story on `npm run storybook`.
              storybookUrl: 'http://127.0.0.1:6006',
            }),
          ],
          // Pre-bundled up front: discovered mid-run, they make Vite reload the page under a running story.
          optimizeDeps: { include: ['@radix-ui/react-dialog', 'virtua', 'swr'] },
          test: {
            name: 'storybook',
            browser: {
              enabled: true,
              headless: true,
              provider: playwright({
                launchOptions: chromiumLaunchOptions,
              }),
              instances: [{ browser: 'chromium' }],
            },
          },
        };
      },
    ],
  },
});
