import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ConnectedAppsProvider, type ConnectedAppsProviderProps } from 'react-connected-apps';
import { SWRConfig, type SWRConfiguration } from 'swr';

/** Renders `ui` under a provider with a fresh SWR cache, so tests never share data. */
export function renderWithProvider(
  ui: ReactNode,
  { swr, ...provider }: Omit<ConnectedAppsProviderProps, 'children'> & { swr?: SWRConfiguration },
) {
  const wrap = (node: ReactNode) => (
    <SWRConfig value={{ provider: () => new Map(), dedupingInterval: 0, ...swr }}>
      <ConnectedAppsProvider {...provider}>{node}</ConnectedAppsProvider>
    </SWRConfig>
  );
  const result = render(wrap(ui));
  return { ...result, rerender: (next: ReactNode) => result.rerender(wrap(next)) };
}
