/**
 * True only for an absolute `http:` or `https:` URL. Anything from the network (a logo, Stytch's
 * `error_url`) goes through this before it reaches `src` or `href`, so `javascript:`, `data:` and other
 * schemes can never run script or smuggle content in.
 */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() === '') return false;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
