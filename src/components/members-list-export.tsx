'use client';
import { type ComponentPropsWithoutRef, forwardRef, useContext, useEffect, useRef, useState } from 'react';
import { exportMembers } from '../core/export-members';
import type { OrganizationMember } from '../core/types';
import { useMessages } from '../messages/context';
import { formatPlural } from '../messages/format';
import { ConnectedAppsContext } from '../react/context';
import { useScopeDefinitions } from '../react/use-optional';
import { cx } from './internal/cx';
import { useMembersListContext } from './members-list-context';

/** Props of {@link MembersListExport}: those of its `fieldset`. */
export type MembersListExportProps = Omit<ComponentPropsWithoutRef<'fieldset'>, 'children'>;

type Format = 'csv' | 'json';
type ExportState = { status: 'idle' | 'pending' | 'error' } | { status: 'done'; count: number };

/** Hands a file to the browser's downloads through a temporary link and object URL. */
function download(file: Blob, name: string) {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // Once the click has handed the file over; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * "Export all members", as CSV or JSON: every member of the app (whatever the search and filter), with their name,
 * email and status from the members search (or the name `resolveMember` gives), the scopes they granted and
 * the highest risk among them, as `{app id}-members.csv` (`members-members.csv` without an app id). The CSV
 * is safe to open in a spreadsheet (see `exportMembers`). "Exporting…" and then how many members were
 * exported are announced politely; the buttons wait meanwhile. Nothing while nobody has the app installed.
 *
 * @example
 * <MembersListRoot members={app.activeMembers} organizationId={orgId} connectedAppId={appId}>
 *   <MembersListExport />
 * </MembersListRoot>
 */
export const MembersListExport = forwardRef<HTMLFieldSetElement, MembersListExportProps>(function MembersListExport(
  { className, ...props },
  ref,
) {
  const { members, identify, connectedAppId, status } = useMembersListContext('MembersListExport');
  const { people, locale } = useMessages();
  const definitions = useScopeDefinitions();
  const riskOf = useContext(ConnectedAppsContext)?.scopeRisk;
  const [state, setState] = useState<ExportState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  useEffect(() => () => running.current?.abort(), []);
  if (status === 'empty') return null;

  const start = async (format: Format) => {
    if (running.current) return;
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'pending' });
    const directory = new Map<string, OrganizationMember | null>();
    for (const { memberId } of members) {
      const { name, profile } = identify(memberId);
      if (profile !== undefined) directory.set(memberId, profile);
      // With `resolveMember`, the export carries its names.
      else if (name !== undefined) directory.set(memberId, { memberId, name, emailAddress: '', status: '', roles: [] });
    }
    try {
      const file = await exportMembers(members, {
        format,
        directory,
        scopes: [...definitions.values()],
        riskOf,
        signal: controller.signal,
      });
      download(file, `${(connectedAppId ?? 'members').replace(/[^\w.-]+/g, '_')}-members.${format}`);
      setState({ status: 'done', count: members.length });
    } catch {
      if (!controller.signal.aborted) setState({ status: 'error' });
    } finally {
      running.current = null;
    }
  };

  const pending = state.status === 'pending';
  return (
    <fieldset ref={ref} data-slot="members-list-export" data-status={state.status} {...props} className={cx(className)}>
      <legend>{people.exportLabel}</legend>
      {(['csv', 'json'] as const).map((format) => (
        <button
          key={format}
          type="button"
          data-slot="members-list-export-button"
          data-format={format}
          // Not `disabled`: focus stays on the button pressed while the file is built.
          aria-disabled={pending || undefined}
          onClick={() => void start(format)}
        >
          {format === 'csv' ? people.exportCsv : people.exportJson}
        </button>
      ))}
      {/* Always mounted, only its text changes: a live region inserted together with its text is often not read. */}
      <span data-slot="members-list-export-status" aria-live="polite">
        {state.status === 'pending'
          ? people.exporting
          : state.status === 'done'
            ? formatPlural(people.exported, state.count, locale)
            : state.status === 'error'
              ? people.exportFailed
              : ''}
      </span>
    </fieldset>
  );
});
