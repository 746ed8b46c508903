/**
 * How stories show on their component's docs page. Stories there render inline, side by side in one
 * document, and their play functions do not run; a story rendered in its own frame is a story of its own
 * (the canvas's document, with its play function).
 */

/**
 * For a story of 10,000 members: on docs pages it renders in its own frame, like on the canvas, rather than
 * mounting several such lists in one document. Give it only to stories whose play function moves no focus:
 * focus moving in a frame scrolls the docs page to it. Tag the others `!autodocs`.
 */
export const largeInDocs = { docs: { story: { inline: false, iframeHeight: 640 } } } as const;

/**
 * Unstyled, controls keep the browser's own size, which WCAG 2.5.8 exempts ("the size of the target is
 * determined by the user agent"); axe cannot tell, so its target-size rule is off for these stories only.
 */
const userAgentSizes = { test: 'error', config: { rules: [{ id: 'target-size', enabled: false }] } } as const;

/**
 * A story without the library stylesheet (see `withStoryFrame`). On docs pages it renders in its own frame:
 * switching the stylesheet off in the docs page would unstyle every other story on it.
 */
export const unstyled = {
  unstyled: true,
  a11y: userAgentSizes,
  docs: { story: { inline: false, iframeHeight: 420 } },
} as const;

/** The stylesheet switched off through globals (`globals: { stylesheet: 'off' }`): the same exemption. */
export const stylesheetOff = { a11y: userAgentSizes } as const;

/** Whether a story is shown on a docs page: inline (`viewMode` 'docs'), or in a frame of one. */
export function isOnDocsPage(viewMode: string): boolean {
  if (viewMode === 'docs') return true;
  try {
    return window.frameElement?.closest('#storybook-docs') != null;
  } catch {
    // A frame of another origin: not one of Storybook's docs pages.
    return false;
  }
}
