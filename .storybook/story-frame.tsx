import type { Decorator } from '@storybook/react-vite';
import { type ReactNode, useLayoutEffect, useMemo } from 'react';
import { ConnectedAppsProvider, createMemoryTransport, en } from 'react-connected-apps';
import { fr } from 'react-connected-apps/locales/fr';
import { SWRConfig } from 'swr';

/** The catalogues a story can be shown in (toolbar "Locale", or `globals: { locale: 'fr' }` on a story). */
const catalogues = { en, fr } as const;
type Locale = keyof typeof catalogues;
type Theme = 'system' | 'light' | 'dark';
type Direction = 'ltr' | 'rtl';

function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/**
 * True for the stylesheets that come from `react-connected-apps/styles.css`: the only ones defining
 * `--rca-*` tokens. Read access throws for cross-origin sheets, which are never ours.
 */
function isLibrarySheet(sheet: CSSStyleSheet): boolean {
  try {
    return Array.from(sheet.cssRules).some((rule) => rule.cssText.includes('--rca-'));
  } catch {
    return false;
  }
}

/**
 * Switches the library stylesheet off while mounted, so a story shows exactly what a page that imports no
 * CSS gets. The sheet stays in the document and is switched back on when the story unmounts.
 */
function WithoutLibraryStylesheet({ children }: { children: ReactNode }) {
  useLayoutEffect(() => {
    const sheets = Array.from(document.styleSheets).filter((sheet) => !sheet.disabled && isLibrarySheet(sheet));
    for (const sheet of sheets) sheet.disabled = true;
    return () => {
      for (const sheet of sheets) sheet.disabled = false;
    };
  }, []);
  return children;
}

interface StoryFrameProps {
  theme: Theme;
  locale: Locale;
  direction: Direction;
  unstyled: boolean;
  children: ReactNode;
}

/**
 * What a host page gives the components: a provider with the chosen messages (its transport answers
 * nothing; stories of the panel bring their own), a fresh SWR cache per story so no story sees another's
 * data, and a themed, directed, language-tagged container that paints the theme's own background in a
 * system font, as a host page would set one.
 */
function StoryFrame({ theme, locale, direction, unstyled, children }: StoryFrameProps) {
  const transport = useMemo(() => createMemoryTransport({}), []);
  const frame = (
    <SWRConfig value={{ provider: () => new Map() }}>
      <ConnectedAppsProvider transport={transport} messages={catalogues[locale]}>
        <div
          data-rca-theme={theme === 'system' ? undefined : theme}
          dir={direction}
          lang={locale}
          style={
            unstyled
              ? undefined
              : {
                  background: 'var(--rca-color-bg)',
                  color: 'var(--rca-color-text)',
                  colorScheme: 'var(--rca-color-scheme)',
                  // A host page's own font: the components inherit it (`--rca-font-family: inherit`).
                  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
                  padding: '1rem',
                }
          }
        >
          {children}
        </div>
      </ConnectedAppsProvider>
    </SWRConfig>
  );
  return unstyled ? <WithoutLibraryStylesheet>{frame}</WithoutLibraryStylesheet> : frame;
}

/**
 * Wraps every story in {@link StoryFrame}, driven by the toolbar globals (`theme`, `locale`, `direction`,
 * `stylesheet`) that a story can also pin: `globals: { theme: 'dark' }`. `parameters.unstyled: true`
 * renders a story without the library stylesheet, like `globals: { stylesheet: 'off' }`; on docs pages such a story
 * must render in its own frame (`parameters: unstyled` from ./docs-parameters does both).
 */
export const withStoryFrame: Decorator = (Story, { globals, parameters, viewMode }) => {
  // On a docs page stories share one document: one switching the stylesheet off would unstyle the whole page
  // (the toolbar's "Unstyled" does that on purpose).
  if (parameters.unstyled === true && viewMode === 'docs') {
    throw new Error(
      'An unstyled story renders inline on a docs page: give it `parameters: unstyled` from .storybook/docs-parameters.',
    );
  }
  return (
    <StoryFrame
      theme={globals.theme === 'dark' || globals.theme === 'system' ? globals.theme : 'light'}
      locale={isLocale(globals.locale) ? globals.locale : 'en'}
      direction={globals.direction === 'rtl' ? 'rtl' : 'ltr'}
      unstyled={parameters.unstyled === true || globals.stylesheet === 'off'}
    >
      <Story />
    </StoryFrame>
  );
};
