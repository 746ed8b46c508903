import { useEffect, useState } from 'react';
import { AppScopes, ConnectedAppPanel, useConnectedApp } from 'react-connected-apps';
import { FaultControls } from './fault-controls';

/** Props of {@link AppWorkspace}. */
export interface AppWorkspaceProps {
  orgKey: string;
  appId: string;
  /** Whether the emulator is there to inject faults into and count calls. */
  emulated: boolean;
  timeoutSeconds: number;
}

/** How many requests reached the emulator: shows that a page without a session never gets that far. */
function useEmulatorCallCount(enabled: boolean, trigger: unknown): number | undefined {
  const [count, setCount] = useState<number>();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `trigger` is the reason to count again.
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    fetch('/__emulator/requests')
      .then((response) => response.json() as Promise<{ requests: unknown[]; requestCount?: number }>)
      .then((body) => {
        // The log keeps only the newest requests: its length stops growing, the count does not.
        if (current) setCount(body.requestCount ?? body.requests.length);
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [enabled, trigger]);
  return count;
}

/** The selected app: a refresh button, the fault buttons and the library's panel. */
export function AppWorkspace({ orgKey, appId, emulated, timeoutSeconds }: AppWorkspaceProps) {
  // The same key as the panel's: SWR shares one request and one state between them.
  const state = useConnectedApp(orgKey, appId);
  const calls = useEmulatorCallCount(emulated, `${state.status}/${state.isValidating}`);

  return (
    <div className="demo-workspace">
      <div className="demo-toolbar">
        <button type="button" className="demo-button" onClick={() => state.refresh()}>
          Fetch again
        </button>
        <span className="demo-muted" data-testid="validating">
          {state.isValidating ? 'Fetching…' : ''}
        </span>
        {calls !== undefined && (
          <span className="demo-muted" data-testid="stytch-calls">
            Requests that reached Stytch: {calls}
          </span>
        )}
      </div>
      {/* Names and emails come from the members search, scope meanings from the RBAC policy. */}
      <ConnectedAppPanel orgId={orgKey} appId={appId} canRevoke />
      <AppScopes orgId={orgKey} appId={appId} canRevoke showErrorBanner={false} className="demo-card" />
      {emulated && <FaultControls timeoutSeconds={timeoutSeconds} onInjected={() => state.refresh()} />}
    </div>
  );
}
