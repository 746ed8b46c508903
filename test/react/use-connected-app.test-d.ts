import type { ConnectedApp, ConnectedAppError, ConnectedAppState } from 'react-connected-apps';
import { describe, expectTypeOf, it } from 'vitest';

declare const state: ConnectedAppState;

describe('ConnectedAppState', () => {
  it('narrows data to ConnectedApp on success', () => {
    if (state.status === 'success') {
      expectTypeOf(state.data).toEqualTypeOf<ConnectedApp>();
      expectTypeOf(state.error).toEqualTypeOf<undefined>();
    }
  });

  it('has an error and maybe stale data on error', () => {
    if (state.status === 'error') {
      expectTypeOf(state.error).toEqualTypeOf<ConnectedAppError>();
      expectTypeOf(state.data).toEqualTypeOf<ConnectedApp | undefined>();
    }
  });

  it('has no data while idle or loading', () => {
    if (state.status === 'idle' || state.status === 'loading') {
      expectTypeOf(state.data).toEqualTypeOf<undefined>();
    }
  });

  it('does not let data be used unnarrowed as an app', () => {
    expectTypeOf(state.data).toEqualTypeOf<ConnectedApp | undefined>();
  });
});
