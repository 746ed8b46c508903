'use client';
import { type ComponentPropsWithoutRef, forwardRef, useId, useState } from 'react';
import { uniqueScopes } from '../core/scopes';
import { useMessages } from '../messages/context';
import { formatPlural } from '../messages/format';
import type { ConnectedAppsMessages, DeepPartial } from '../messages/types';
import { cx } from './internal/cx';
import { type ScopeMeaningOverrides, useScopeMeanings } from './internal/use-scope-meanings';

/** Props of {@link ScopeChips}. */
export interface ScopeChipsProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children'>, ScopeMeaningOverrides {
  /** The granted scopes, as Stytch sent them; duplicates are shown once. */
  scopes: readonly string[];
  /**
   * How many chips to show before a "+N more" button that reveals the rest.
   * @default Infinity (every chip)
   */
  max?: number;
  /**
   * Whether each known scope carries its explanation for screen readers (visually hidden text) besides the
   * `title` tooltip. Turn it off where the chips repeat many times, e.g. in every row of a long list.
   * @default true
   */
  describe?: boolean;
  /** Strings for this component only, on top of the provider's. */
  messages?: DeepPartial<ConnectedAppsMessages>;
}

/**
 * The scopes a member granted, as a list of chips. Standard OpenID Connect scopes get a readable label and
 * explanation (from `messages.scopes`); any other scope is shown verbatim, explained by the RBAC policy's
 * description when the provider's transport serves the policy (or `definitions` gives it). Each chip carries
 * its risk tier in words (`data-risk` on the chip): "High risk" and "Long-lived" are shown, the other tiers
 * are read out only. Works without a provider.
 *
 * @example
 * <ScopeChips scopes={member.grantedScopes} max={3} />
 * <ScopeChips scopes={scopes} scopeRisk={(scope) => (scope === 'export:all' ? 'high' : undefined)} />
 */
export const ScopeChips = forwardRef<HTMLUListElement, ScopeChipsProps>(function ScopeChips(
  {
    scopes,
    max = Number.POSITIVE_INFINITY,
    describe = true,
    definitions,
    scopeRisk,
    messages: override,
    id,
    className,
    ...props
  },
  ref,
) {
  const messages = useMessages(override);
  const meaningOf = useScopeMeanings(messages, { definitions, scopeRisk });
  const [expanded, setExpanded] = useState(false);
  const generatedId = useId();
  const listId = id ?? generatedId;
  const unique = uniqueScopes(scopes);
  const limit = Math.max(0, Math.floor(max));
  const hidden = unique.length > limit ? unique.length - limit : 0;
  const shown = expanded || hidden === 0 ? unique : unique.slice(0, limit);

  return (
    <ul
      ref={ref}
      id={listId}
      // biome-ignore lint/a11y/noRedundantRoles: keeps list semantics in Safari when styled without bullets
      role="list"
      aria-label={messages.scopeChips.listLabel}
      data-slot="scope-chips"
      data-expanded={hidden > 0 && expanded ? '' : undefined}
      {...props}
      className={cx(className)}
    >
      {unique.length === 0 ? <li data-slot="scope-chips-empty">{messages.scopeChips.none}</li> : null}
      {shown.map((scope) => {
        const { label, known, description, risk } = meaningOf(scope);
        return (
          <li
            key={scope}
            data-slot="scope-chip"
            data-known={known ? '' : undefined}
            data-risk={risk}
            title={description}
          >
            <span data-slot="scope-chip-label">{label}</span>
            <span data-slot="scope-chip-risk" data-risk={risk}>{` ${messages.scopeMeanings.risk[risk]}`}</span>
            {describe && description ? <span data-slot="scope-chip-description">{` ${description}`}</span> : null}
          </li>
        );
      })}
      {hidden > 0 ? (
        <li data-slot="scope-chips-more">
          <button
            type="button"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? messages.scopeChips.showLess : formatPlural(messages.scopeChips.more, hidden, messages.locale)}
          </button>
        </li>
      ) : null}
    </ul>
  );
});
