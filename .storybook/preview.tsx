import type { Preview } from '@storybook/react-vite';
import * as library from 'react-connected-apps';
import 'react-connected-apps/styles.css';
import { ComponentDocsPage } from './docs-page';
import { withStoryFrame } from './story-frame';
import { tidyDocgen } from './tidy-docgen';

// The props tables read the components' TSDoc through react-docgen: shown tidied (see ./tidy-docgen).
tidyDocgen(library);

const preview: Preview = {
  // A docs page for every component (story files of test harnesses opt out with '!autodocs').
  tags: ['autodocs'],
  decorators: [withStoryFrame],
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color)$/i, date: /Date$/i } },
    // Every story is also a test (`vitest run --project storybook`): any axe violation fails it.
    // axe's WCAG 2.2 AA rule (target-size: 24 px targets) is off by default; it is on here.
    a11y: { test: 'error', config: { rules: [{ id: 'target-size', enabled: true }] } },
    docs: { page: ComponentDocsPage },
    options: {
      storySort: {
        order: [
          'Docs',
          ['Getting started', 'Theming', 'Composing parts', 'Messages and locales', 'Guarantees'],
          'Components',
          '*',
        ],
      },
    },
  },
  globalTypes: {
    theme: {
      description: 'Colour theme: explicit light or dark, or the system preference',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'system', title: 'System (prefers-color-scheme)' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Message catalogue',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'fr', title: 'Français' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    stylesheet: {
      description: 'The library stylesheet (off shows the unstyled markup)',
      toolbar: {
        title: 'Stylesheet',
        icon: 'paintbrush',
        items: [
          { value: 'on', title: 'Styled' },
          { value: 'off', title: 'Unstyled' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en', direction: 'ltr', stylesheet: 'on' },
};

export default preview;
