import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { publicEntries } from '../../vite.config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * The benchmark pages, built as an app ships: production mode (React's production build), minified, the
 * library imported through its public entries. `list.html` measures the members list, `economy.html` the
 * requests and renders of the hook, `export.html` exporting 100,000 members.
 */
export default defineConfig({
  root: here('.'),
  plugins: [react()],
  resolve: { alias: publicEntries },
  publicDir: false,
  logLevel: 'warn',
  build: {
    outDir: here('../../.tmp/bench-pages'),
    emptyOutDir: true,
    rolldownOptions: { input: { list: here('list.html'), economy: here('economy.html'), export: here('export.html') } },
  },
});
