import type { Decorator } from '@storybook/react-vite';

/**
 * For a story that passes French strings itself (`messages={fr}` on a provider) while the toolbar locale stays
 * English: the page says which language its text is in.
 */
export const inFrench: Decorator = (Story) => (
  <div lang="fr">
    <Story />
  </div>
);
