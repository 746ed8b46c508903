'use client';
import { useContext, useMemo } from 'react';
import { type ScopeRisk, scopeRisk } from '../../core/scope-risk';
import { describeScope } from '../../core/scopes';
import type { ScopeDefinition } from '../../core/types';
import type { ConnectedAppsMessages } from '../../messages/types';
import { ConnectedAppsContext, type ScopeRiskRule } from '../../react/context';
import { useScopeDefinitions } from '../../react/use-optional';

/** What a granted scope means, as the chips, the dialog and the scope view show it. */
export interface ScopeMeaning {
  scope: string;
  /** The readable name of a known scope, else the scope itself. */
  label: string;
  /** Whether `label` is a readable name (an OpenID Connect scope, or one `messages.scopes` names). */
  known: boolean;
  /** From `messages.scopes`, else the RBAC policy's description; `undefined` when neither says. */
  description: string | undefined;
  risk: ScopeRisk;
}

/** What a component may override of where meanings come from. */
export interface ScopeMeaningOverrides {
  /** The RBAC policy's scopes by name. @default the provider's policy (`useScopeDefinitions`) */
  definitions?: ReadonlyMap<string, ScopeDefinition>;
  /** Your own risk rule, before the provider's and the built-in `scopeRisk`. */
  scopeRisk?: ScopeRiskRule;
}

/**
 * A function giving each scope its meaning: readable names and explanations from `messages.scopes` first
 * (the OpenID Connect ones are built in), then the policy's description; the risk tier from the component's
 * rule, else the provider's, else `scopeRisk`. Works without a provider (no policy: custom scopes are
 * `unknown`).
 */
export function useScopeMeanings(
  messages: ConnectedAppsMessages,
  { definitions, scopeRisk: own }: ScopeMeaningOverrides,
): (scope: string) => ScopeMeaning {
  const fromPolicy = useScopeDefinitions();
  const provided = useContext(ConnectedAppsContext)?.scopeRisk;
  const defs = definitions ?? fromPolicy;
  const names = messages.scopes;
  return useMemo(() => {
    const cache = new Map<string, ScopeMeaning>();
    return (scope) => {
      let meaning = cache.get(scope);
      if (meaning) return meaning;
      const known = describeScope(scope, names);
      const definition = defs.get(scope);
      const risk = own?.(scope, definition) ?? provided?.(scope, definition) ?? scopeRisk(scope, definition);
      meaning = {
        scope,
        label: known?.label ?? scope,
        known: known !== undefined,
        description: known?.description ?? (definition?.description || undefined),
        risk,
      };
      cache.set(scope, meaning);
      return meaning;
    };
  }, [names, defs, own, provided]);
}
