/** What the demo server tells the page: where the data comes from and whom one can sign in as. */
export interface DemoConfig {
  /** `emulator`: the embedded Stytch emulator (faults available); `stytch`: the real API. */
  mode: 'emulator' | 'stytch';
  organizations: Array<{
    /** What the page passes to the panel (the slug when there is one: it reads well in URLs). */
    key: string;
    name: string;
    apps: Array<{ connectedAppId: string; name: string }>;
  }>;
  /** Seeded members one can act as; the token is sent as `X-Stytch-Member-Session`. */
  sessions: Array<{ id: string; label: string; sessionToken: string }>;
  /** Seconds the handler waits for Stytch before answering 504. */
  timeoutSeconds: number;
}
