/**
 * Joins class names, skipping empty ones; `undefined` when nothing is left, so React renders no
 * empty `class=""` attribute. Callers pass the consumer's `className` last so it reads as the override.
 */
export function cx(...classNames: Array<string | false | null | undefined>): string | undefined {
  const joined = classNames.filter(Boolean).join(' ');
  return joined === '' ? undefined : joined;
}
