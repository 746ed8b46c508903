import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import dts from 'vite-plugin-dts';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/** Tests, stories and the demo import the public entries, as customers do, aliased to the sources. */
export const publicEntries = [
  { find: /^react-connected-apps$/, replacement: src('index.ts') },
  { find: /^react-connected-apps\/testing$/, replacement: src('testing/index.ts') },
  { find: /^react-connected-apps\/server$/, replacement: src('server/index.ts') },
  { find: /^react-connected-apps\/emulator$/, replacement: src('emulator/index.ts') },
  { find: /^react-connected-apps\/styles\.css$/, replacement: src('styles/index.css') },
];

const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^swr($|\/)/,
  /^@radix-ui\//,
  /^@tanstack\//,
  /^stytch($|\/)/,
  /^node:/,
];

export default defineConfig({
  plugins: [react(), dts({ tsconfigPath: './tsconfig.build.json', entryRoot: 'src', include: ['src'] })],
  resolve: { alias: publicEntries },
  // The library ships no public assets; keeping publicDir off stops Storybook's files leaking into dist.
  publicDir: false,
  build: {
    sourcemap: true,
    lib: {
      entry: { index: src('index.ts'), testing: src('testing/index.ts') },
      formats: ['es'],
    },
    // The bundler keeps src/index.ts's 'use client' directive; scripts/check-package.mjs checks it stays.
    rolldownOptions: { external },
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
    ],
  },
});
