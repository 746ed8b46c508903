import type { PluralMessage } from './types';

type Values = Record<string, string | number>;

/** Replaces `{name}` placeholders; a placeholder with no value is left as it is. */
export function formatMessage(template: string, values: Values = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}

const rulesCache = new Map<string, Intl.PluralRules>();

/** Picks the plural form of `count` for `locale` and fills `{count}` (formatted for the locale). */
export function formatPlural(message: PluralMessage, count: number, locale: string, values: Values = {}): string {
  let rules = rulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesCache.set(locale, rules);
  }
  const template = message[rules.select(count)] ?? message.other;
  return formatMessage(template, { ...values, count: count.toLocaleString(locale) });
}
