import { act, screen } from '@testing-library/react';
import { connectedAppKey, useConnectedApp } from 'react-connected-apps';
import { createMemoryTransport, FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { useSWRConfig } from 'swr';
import { describe, expect, it } from 'vitest';
import { renderWithProvider } from './render-with-provider';

const ORG = FIXTURE_ORGANIZATION_ID;
const APP = fixtureApps.firstParty;

const renders = { name: 0, validating: 0 };
const validatingSeen: boolean[] = [];

/** Shows the app's name only, as most components do. */
function Name() {
  const state = useConnectedApp(ORG, APP.connectedAppId);
  renders.name += 1;
  return <h2>{state.status === 'success' ? state.data.name : state.status}</h2>;
}

/** Shows a "refreshing" hint: it reads `isValidating`. */
function Refreshing() {
  const state = useConnectedApp(ORG, APP.connectedAppId);
  renders.validating += 1;
  validatingSeen.push(state.isValidating);
  return <p>{state.isValidating ? 'refreshing' : 'idle'}</p>;
}

function Host({ expose }: { expose: { mutate?: (key: string) => Promise<unknown> } }) {
  expose.mutate = useSWRConfig().mutate;
  return null;
}

describe('useConnectedApp re-renders', () => {
  it('no component that ignores isValidating when a revalidation brings the same data; a reader sees it', async () => {
    const transport = createMemoryTransport({ [ORG]: [APP] }, { latencyMs: 5 });
    const expose: { mutate?: (key: string) => Promise<unknown> } = {};
    renderWithProvider(
      <>
        <Host expose={expose} />
        <Name />
        <Name />
        <Refreshing />
      </>,
      { transport },
    );
    expect(await screen.findAllByRole('heading', { name: APP.name })).toHaveLength(2);
    expect(await screen.findByText('idle')).toBeInTheDocument();
    renders.name = 0;
    renders.validating = 0;
    validatingSeen.length = 0;

    await act(async () => {
      await expose.mutate?.(connectedAppKey(ORG, APP.connectedAppId));
    });

    expect(transport.calls).toHaveLength(2);
    expect(renders.name).toBe(0);
    expect(validatingSeen).toEqual([true, false]);
    expect(screen.getByText('idle')).toBeInTheDocument();
  });
});
