import type { ConnectedAppErrorCode } from '../core/error-codes';
import type { ScopeRisk } from '../core/scope-risk';
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
  /** `ConnectedAppsList`: an organization's apps, with a client type filter. */
  appsList: {
    heading: string;
    loading: string;
    /** No member of the organization has installed any app. */
    empty: string;
    /** The client type filter leaves no app. */
    noMatches: string;
    filterLabel: string;
    allTypes: string;
    /** The filter's option for client types this version does not know. */
    otherTypes: string;
    shown: PluralMessage;
  };
  /** `MemberConnectedApps`: one member's apps, their scopes, and revoking access. `{app}` is an app's name. */
  memberApps: {
    heading: string;
    count: PluralMessage;
    loading: string;
    empty: string;
    /** The visible label of a row's revoke button. */
    revoke: string;
    /** A row's revoke button (accessible name) and the confirm button of its dialog. */
    revokeApp: string;
    revokeAll: string;
    /** The confirm button of "Revoke all". */
    revokeApps: PluralMessage;
    confirmTitle: string;
    confirmAllTitle: PluralMessage;
    /** What revoking does, honestly: tokens stop working, consent again, not blocked. */
    confirmText: string;
    confirmAllText: string;
    cancel: string;
    revoking: string;
    /** `{done}` of `{total}` apps. */
    progress: string;
    revoked: string;
    revokedAll: PluralMessage;
    failedTitle: PluralMessage;
    /** One failed app: `{app}` and `{reason}`. */
    failure: string;
    /** Why a revoke failed, by error code; `other` for the codes not listed. */
    reasons: Partial<Record<ConnectedAppErrorCode, string>> & { other: string };
    retry: string;
    dismiss: string;
  };
  scopeChips: {
    listLabel: string;
    more: PluralMessage;
    showLess: string;
    none: string;
  };
  /**
   * What scopes mean and how risky each is (`ScopeChips`, `MemberScopesDialog`, `AppScopes`). `{scope}` is a
   * scope's name as granted.
   */
  scopeMeanings: {
    /** The risk tiers in a few words: shown on high-risk and long-lived chips, read out on every chip. */
    risk: Record<ScopeRisk, string>;
    /** What each tier means, in one sentence (the dialog and `AppScopes`). */
    riskDescription: Record<ScopeRisk, string>;
    /** `AppScopes`: its heading, while loading, and when no member granted anything. */
    heading: string;
    loading: string;
    empty: string;
    /** The list of the members holding the chosen scope (accessible name). */
    holdersLabel: string;
    /** Revokes the app for every member holding `{scope}`. */
    revokeHolders: PluralMessage;
    /** Stytch revokes an app's whole grant: say so beside the button. */
    revokeNote: string;
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
  /**
   * Revoking members' access in `ActiveMembersList` / `ConnectedAppPanel` (`canRevoke`). `{member}` is a member's
   * name (or id).
   */
  revoke: {
    /** A row's checkbox (accessible name). */
    select: string;
    /** The checkbox that selects every member the search and filter leave. */
    selectShown: string;
    selected: PluralMessage;
    /** The visible label of a row's revoke button, and the confirm button of a one-member dialog. */
    revoke: string;
    /** A row's revoke button (accessible name). */
    revokeMember: string;
    revokeSelected: string;
    /** The confirm button of a many-member dialog. */
    revokeMembers: PluralMessage;
    confirmTitle: string;
    confirmManyTitle: PluralMessage;
    /** What revoking does, honestly: tokens stop working, consent again, not blocked. */
    confirmText: PluralMessage;
    cancel: string;
    /** A row's revoke button while its member's revoke runs: the visible label, and the accessible name. */
    revoking: string;
    revokingMember: string;
    /** `{done}` of `{total}` members. */
    progress: string;
    revoked: PluralMessage;
    failedTitle: PluralMessage;
    /** One failed member: `{member}` and `{reason}`. */
    failure: string;
    /** Why a revoke failed, by error code; `other` for the codes not listed. */
    reasons: Partial<Record<ConnectedAppErrorCode, string>> & { other: string };
    /** Revokes the failed members again (those a retry can help). */
    retry: string;
  };
  /** Who the members are: names, emails and statuses from the members search, and exporting the list. */
  people: {
    /** A status other than active, in words; a status not listed is shown as Stytch sends it. */
    statuses: { deleted: string; invited: string; pending: string };
    /** A member the search did not return (deleted long ago, or never in the organization). */
    notFound: string;
    /** The members search failed: ids are shown instead of names. */
    lookupFailed: string;
    retry: string;
    /** The export buttons' group (accessible name): it exports every member, whatever the search and filter. */
    exportLabel: string;
    exportCsv: string;
    exportJson: string;
    exporting: string;
    exported: PluralMessage;
    exportFailed: string;
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
    /**
     * NOT_FOUND when Stytch says what was missing (`error_type` `organization_not_found` or
     * `member_not_found`); `errors.NOT_FOUND` (the app) otherwise.
     */
    notFound: { organization: ErrorCopy; member: ErrorCopy };
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
