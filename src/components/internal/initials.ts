/**
 * Up to two initials of a name ("Acme Admin Console" -> "AA", "ledgerly" -> "L"), for the avatar shown
 * when an app has no usable logo. Splits on whitespace and takes whole code points, so names in any
 * script (and emoji) are not cut in half. `fallback` when the name has no letters to take.
 */
export function initials(name: string, fallback = '?'): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  const first = words[0];
  if (first === undefined) return fallback;
  const last = words.length > 1 ? words[words.length - 1] : undefined;
  const letters = [first, last].map((word) => (word === undefined ? '' : (Array.from(word)[0] ?? '')));
  return letters.join('').toLocaleUpperCase();
}
