/** What portalled content should share with the place it was opened from. */
export interface OpenerContext {
  dir?: string;
  lang?: string;
  /** The `data-rca-theme` in effect there (`light` or `dark`). */
  theme?: string;
}

/**
 * A dialog is portalled to `document.body`, out of the subtree where the page set `dir="rtl"`, `lang` or
 * `data-rca-theme="dark"`; it takes them over from the element that opened it.
 */
export function readOpenerContext(opener: Element | null): OpenerContext {
  if (opener === null) return {};
  return {
    dir: opener.closest('[dir]')?.getAttribute('dir') ?? undefined,
    lang: opener.closest('[lang]')?.getAttribute('lang') ?? undefined,
    theme: opener.closest('[data-rca-theme]')?.getAttribute('data-rca-theme') ?? undefined,
  };
}
