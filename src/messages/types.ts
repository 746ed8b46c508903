import type { ConnectedAppErrorCode } from '../core/error-codes';
import type { ScopeDescription } from '../core/scopes';
import type { ClientType } from '../core/types';

/** A message that depends on a count: one form per `Intl.PluralRules` category; `other` is required. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** What an error banner says for one error code. */
export interface ErrorCopy {
  title: string;
  message: string;
  /** What the reader can do next. */
  nextStep: string;
}

/**
 * Every string the components show. Placeholders are `{name}`; counts use {@link PluralMessage}.
 * Override any part through `ConnectedAppsProvider`'s `messages` or a component's own `messages`.
 */
export interface ConnectedAppsMessages {
  /** BCP 47 tag used for plural rules and number formatting. */
  locale: string;
  /** Readable names and explanations of client types; `unknown` may use `{raw}`. */
  clientTypes: Record<ClientType, { label: string; description: string }>;
  /** Readable names of scopes; unknown scopes are shown verbatim. */
  scopes: Record<string, ScopeDescription>;
  copy: { copy: string; copied: string; failed: string };
  summary: {
    appIdLabel: string;
    copyAppId: string;
    logoAlt: string;
    clientTypeLabel: string;
    activeMembers: PluralMessage;
    noDescription: string;
  };
  scopeChips: {
    listLabel: string;
    more: PluralMessage;
    showLess: string;
    none: string;
  };
  membersList: {
    heading: string;
    count: PluralMessage;
    searchLabel: string;
    searchPlaceholder: string;
    filterLabel: string;
    allScopes: string;
    empty: string;
    noMatches: string;
    openMember: string;
    shown: PluralMessage;
  };
  dialog: {
    title: string;
    description: PluralMessage;
    memberIdLabel: string;
    close: string;
    noScopes: string;
  };
  errorBanner: {
    errors: Record<ConnectedAppErrorCode, ErrorCopy>;
    retry: string;
    retrying: string;
    retryIn: PluralMessage;
    requestIdLabel: string;
    copyRequestId: string;
    learnMore: string;
    staleData: string;
  };
  panel: { loading: string; idle: string };
}

type DeepPartialObject<T> = { [K in keyof T]?: T[K] extends string ? T[K] : DeepPartial<T[K]> };
/** A partial catalogue: only the strings you override. */
export type DeepPartial<T> = T extends string ? T : T extends object ? DeepPartialObject<T> : T;
