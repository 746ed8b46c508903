import { useState } from 'react';
import type { EmulatorFault } from 'react-connected-apps/emulator';

interface FaultButton {
  label: string;
  fault: EmulatorFault;
}

function faultButtons(timeoutSeconds: number): FaultButton[] {
  return [
    { label: 'Rate limit (429)', fault: { kind: 'rate_limited' } },
    { label: 'Server error (500)', fault: { kind: 'server_error' } },
    { label: 'Slow answer (2 s)', fault: { kind: 'slow', delayMs: 2_000 } },
    { label: `Timeout (over ${timeoutSeconds} s: 504)`, fault: { kind: 'slow', delayMs: (timeoutSeconds + 2) * 1000 } },
    { label: 'Malformed JSON (502)', fault: { kind: 'malformed_json' } },
    { label: 'HTML error page (502)', fault: { kind: 'html_502' } },
    { label: 'Connection reset (502)', fault: { kind: 'connection_reset' } },
  ];
}

/** Props of {@link FaultControls}. */
export interface FaultControlsProps {
  timeoutSeconds: number;
  /** Fetches the current app again, once the fault is queued. */
  onInjected: () => void;
}

/**
 * Buttons that make the emulator's next answer fail in one way, then fetch again, so every state of the
 * panel can be seen. The hook retries what can be retried, so most faults heal by themselves.
 */
const ROUTES = [
  ['', 'any route'],
  ['connectedApp', 'the app'],
  ['connectedApps', 'the organization’s apps'],
  ['memberConnectedApps', 'a member’s apps'],
  ['revokeConnectedApp', 'revoke'],
  ['membersSearch', 'members’ names'],
  ['scopePolicy', 'scope meanings'],
] as const;

export function FaultControls({ timeoutSeconds, onInjected }: FaultControlsProps) {
  const [status, setStatus] = useState('');
  const [route, setRoute] = useState('');

  const inject = async ({ label, fault }: FaultButton) => {
    const response = await fetch('/__emulator/faults', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(route ? { ...fault, route } : fault),
    }).catch(() => undefined);
    if (!response?.ok) {
      setStatus('The emulator refused the fault.');
      return;
    }
    setStatus(`${label}: queued for the next answer from Stytch on ${ROUTES.find(([id]) => id === route)?.[1]}.`);
    onInjected();
  };

  return (
    <section className="demo-card" aria-labelledby="demo-faults-title">
      <h2 id="demo-faults-title">Simulate a Stytch failure</h2>
      <p className="demo-muted">The next answer of the emulator fails, then the page fetches again.</p>
      <label className="demo-field">
        On
        <select value={route} onChange={(event) => setRoute(event.target.value)}>
          {ROUTES.map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <div className="demo-buttons">
        {faultButtons(timeoutSeconds).map((button) => (
          <button key={button.label} type="button" className="demo-button" onClick={() => inject(button)}>
            {button.label}
          </button>
        ))}
      </div>
      <p className="demo-muted" role="status">
        {status}
      </p>
    </section>
  );
}
