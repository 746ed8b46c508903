import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

/** Plugins of the library build that must not run when Storybook builds its static site. */
const libraryOnlyPlugins = new Set(['unplugin-dts', 'vite:dts']);

// Storybook loads the project's vite.config.ts (the library build) and keeps its plugins: the declaration-file
// plugin would type-check and emit .d.ts files on every static build, so it is removed. Plugin options may be
// nested arrays or promises.
async function withoutLibraryPlugins(plugins: PluginOption[]): Promise<PluginOption[]> {
  const kept: PluginOption[] = [];
  for (const plugin of await Promise.all(plugins)) {
    if (Array.isArray(plugin)) kept.push(await withoutLibraryPlugins(plugin));
    else if (plugin && typeof plugin === 'object' && 'name' in plugin && libraryOnlyPlugins.has(plugin.name)) continue;
    else kept.push(plugin);
  }
  return kept;
}

const config: StorybookConfig = {
  framework: '@storybook/react-vite',
  stories: ['../stories/docs/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The default `react-docgen` works with every TypeScript version this project supports.
  typescript: { reactDocgen: 'react-docgen' },
  async viteFinal(viteConfig) {
    return {
      ...viteConfig,
      plugins: await withoutLibraryPlugins(viteConfig.plugins ?? []),
      // A static Storybook is an app that bundles React, never a library (Storybook drops the project's
      // `build` block today; this keeps it so if that changes).
      // Axe alone is 0.6 MB: a big preview bundle is expected here and never shipped to customers.
      build: { ...viteConfig.build, lib: false, chunkSizeWarningLimit: 2000 },
    };
  },
};

export default config;
