import { type FormEvent, useMemo, useState } from 'react';
import {
  ConnectedAppsList,
  ConnectedAppsProvider,
  createFetchTransport,
  MemberConnectedApps,
} from 'react-connected-apps';
import { SWRConfig } from 'swr';
import { AppWorkspace } from './app-workspace';
import type { DemoConfig } from './demo-config';
import { type DemoSelection, useUrlState } from './use-url-state';

const NOBODY = 'none';

/** Opens a member's page: their apps, with "revoke all" (offboarding). */
function MemberPicker({ onOpen }: { onOpen: (memberId: string) => void }) {
  const [memberId, setMemberId] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (memberId.trim()) onOpen(memberId.trim());
  };
  return (
    <form className="demo-member-picker" onSubmit={submit}>
      <label>
        A member’s apps (member id)
        <input value={memberId} onChange={(event) => setMemberId(event.target.value)} spellCheck={false} />
      </label>
      <button type="submit" className="demo-button">
        Show
      </button>
    </form>
  );
}

/**
 * An organization's "Connected apps" admin screen: its apps (from the API) in a side list, the selected one in
 * the library's panel with revoking on (Stytch still decides who may), a member's page, a switch for who is
 * signed in and, on the emulator, buttons that inject faults.
 */
export function DemoApp({ config }: { config: DemoConfig }) {
  const first = config.organizations[0];
  const [selection, select] = useUrlState({
    org: first?.key ?? '',
    app: first?.apps[0]?.connectedAppId ?? '',
    member: '',
    as: config.sessions[0]?.id ?? NOBODY,
    theme: 'system',
  });
  const organization = config.organizations.find((candidate) => candidate.key === selection.org) ?? first;
  const session = config.sessions.find((candidate) => candidate.id === selection.as);

  // One transport per signed-in member: it sends their session, as a Stytch frontend SDK would.
  const transport = useMemo(
    () =>
      createFetchTransport({
        baseUrl: '/api/stytch',
        headers: (): Record<string, string> => (session ? { 'X-Stytch-Member-Session': session.sessionToken } : {}),
      }),
    [session],
  );
  const orgKey = organization?.key ?? '';

  return (
    <div className="demo" data-rca-theme={selection.theme === 'system' ? undefined : selection.theme}>
      <header className="demo-header">
        <div>
          <p className="demo-muted">{organization?.name ?? 'No organization'}</p>
          <h1>Connected apps</h1>
        </div>
        <div className="demo-pickers">
          {config.mode === 'emulator' && (
            <label>
              Signed in as
              <select value={selection.as} onChange={(event) => select({ as: event.target.value })}>
                {config.sessions.map((candidate) => (
                  <option key={candidate.id} value={candidate.id}>
                    {candidate.label}
                  </option>
                ))}
                <option value={NOBODY}>Nobody (no session)</option>
              </select>
            </label>
          )}
          <label>
            Organization
            <select
              value={organization?.key}
              onChange={(event) => {
                const next = config.organizations.find((candidate) => candidate.key === event.target.value);
                select({ org: event.target.value, app: next?.apps[0]?.connectedAppId ?? '', member: '' });
              }}
            >
              {config.organizations.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {candidate.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            Theme
            <select
              value={selection.theme}
              onChange={(event) => select({ theme: event.target.value as DemoSelection['theme'] })}
            >
              <option value="system">System</option>
              <option value="light">Light</option>
              <option value="dark">Dark</option>
            </select>
          </label>
        </div>
      </header>
      {/* A new member starts with an empty cache: the previous member's answers are not theirs to see. */}
      <SWRConfig key={selection.as} value={{ provider: () => new Map() }}>
        <ConnectedAppsProvider transport={transport}>
          <div className="demo-body">
            <nav className="demo-nav" aria-label="Connected apps of the organization">
              <ConnectedAppsList
                orgId={orgKey}
                selectedAppId={selection.member ? undefined : selection.app}
                onSelectApp={(app) => select({ app, member: '' })}
                headingLevel={2}
              />
              <MemberPicker onOpen={(member) => select({ member })} />
            </nav>
            <main className="demo-main">
              {selection.member ? (
                <div className="demo-workspace">
                  <button type="button" className="demo-button" onClick={() => select({ member: '' })}>
                    Back to the app
                  </button>
                  <MemberConnectedApps orgId={orgKey} memberId={selection.member} canRevoke />
                </div>
              ) : (
                <AppWorkspace
                  orgKey={orgKey}
                  appId={selection.app}
                  emulated={config.mode === 'emulator'}
                  timeoutSeconds={config.timeoutSeconds}
                />
              )}
            </main>
          </div>
        </ConnectedAppsProvider>
      </SWRConfig>
    </div>
  );
}
