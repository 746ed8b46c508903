import { SCOPE_RISK_ORDER, type ScopeRisk, scopeRisk } from './scope-risk';
import type { ActiveMember, OrganizationMember, ScopeDefinition } from './types';

/** One exported row: a member of an app, who they are and what they granted. */
export interface ExportedMember {
  memberId: string;
  name: string;
  email: string;
  /** `not_found` when the directory did not return the member. */
  status: string;
  scopes: string[];
  /** The highest risk among the member's scopes. */
  risk: ScopeRisk;
}

/** Options of {@link exportMembers}. */
export interface ExportMembersOptions {
  format: 'csv' | 'json';
  /** Names, emails and statuses by member id (`null`: the search did not return the member). */
  directory?: ReadonlyMap<string, OrganizationMember | null>;
  /** The RBAC policy's custom scopes, for their risk. */
  scopes?: readonly ScopeDefinition[];
  /** Your own tiers; `undefined` falls back to the computed one. */
  riskOf?: (scope: string, definition: ScopeDefinition | undefined) => ScopeRisk | undefined;
  /** Stops the export between chunks (it then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** Rows handled between two yields to the browser, so 100,000 members never block a frame for long. */
const CHUNK = 1_000;

const COLUMNS = ['member_id', 'name', 'email', 'status', 'scopes', 'risk'] as const;

/**
 * A cell safe to open in a spreadsheet: OWASP's CSV-injection rule (a cell starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return is prefixed with `'`, so it is text, never a formula), then RFC 4180
 * quoting (a cell holding `"`, `,`, CR or LF is quoted, its quotes doubled).
 */
export function csvCell(value: string): string {
  const neutral = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutral) ? `"${neutral.replace(/"/g, '""')}"` : neutral;
}

function yieldToBrowser(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    setTimeout(() => (signal?.aborted ? reject(signal.reason) : resolve()), 0);
  });
}

/** The rows of an export, the member's highest risk computed once per distinct scope. */
export function exportedMembers(
  members: readonly ActiveMember[],
  options: Omit<ExportMembersOptions, 'format' | 'signal'> = {},
): ExportedMember[] {
  const definitions = new Map((options.scopes ?? []).map((definition) => [definition.scope, definition]));
  const risks = new Map<string, ScopeRisk>();
  const riskOf = (scope: string): ScopeRisk => {
    let risk = risks.get(scope);
    if (risk === undefined) {
      const definition = definitions.get(scope);
      risk = options.riskOf?.(scope, definition) ?? scopeRisk(scope, definition);
      risks.set(scope, risk);
    }
    return risk;
  };
  return members.map(({ memberId, grantedScopes }) => {
    const found = options.directory?.get(memberId);
    const tiers = grantedScopes.map(riskOf);
    return {
      memberId,
      name: found?.name ?? '',
      email: found?.emailAddress ?? '',
      status: found === null ? 'not_found' : (found?.status ?? ''),
      scopes: [...grantedScopes],
      risk: SCOPE_RISK_ORDER.find((tier) => tiers.includes(tier)) ?? 'low',
    };
  });
}

/**
 * An app's members as a CSV (UTF-8 with a BOM, for Excel; safe to open: see {@link csvCell}) or JSON file,
 * built in chunks that yield to the browser, so exporting 100,000 members does not freeze the page.
 *
 * @example
 * const file = await exportMembers(app.activeMembers, { format: 'csv', directory, scopes })
 * const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(file), download: 'members.csv' })
 */
export async function exportMembers(members: readonly ActiveMember[], options: ExportMembersOptions): Promise<Blob> {
  const rows = exportedMembers(members, options);
  const csv = options.format === 'csv';
  const parts: string[] = csv ? ['\uFEFF', `${COLUMNS.join(',')}\r\n`] : ['['];
  for (let start = 0; start < rows.length; start += CHUNK) {
    if (start > 0) await yieldToBrowser(options.signal);
    const chunk = rows.slice(start, start + CHUNK);
    parts.push(
      csv
        ? chunk
            .map((row) =>
              [row.memberId, row.name, row.email, row.status, row.scopes.join(' '), row.risk].map(csvCell).join(','),
            )
            .join('\r\n')
            .concat('\r\n')
        : `${start > 0 ? ',' : ''}${chunk.map((row) => JSON.stringify(row)).join(',')}`,
    );
  }
  if (!csv) parts.push(']');
  return new Blob(parts, { type: csv ? 'text/csv;charset=utf-8' : 'application/json' });
}
