// Server rendering in plain Node with the installed package: the panel from prefetched SWR `fallback`
// data, for a small app and for one whose long member list is virtualized. Prints JSON for the check.
import { createElement as h } from 'react';
import { ConnectedAppPanel, ConnectedAppsProvider, connectedAppKey } from 'react-connected-apps';
import {
  createMemoryTransport,
  FIXTURE_ORGANIZATION_ID,
  fixtureApps,
  makeLargeApp,
} from 'react-connected-apps/testing';
import { renderToString } from 'react-dom/server';
import { SWRConfig } from 'swr';

const render = (app) =>
  renderToString(
    h(
      SWRConfig,
      { value: { fallback: { [connectedAppKey(FIXTURE_ORGANIZATION_ID, app.connectedAppId)]: app } } },
      h(
        ConnectedAppsProvider,
        { transport: createMemoryTransport({}) },
        h(ConnectedAppPanel, { orgId: FIXTURE_ORGANIZATION_ID, appId: app.connectedAppId }),
      ),
    ),
  );

const small = fixtureApps.thirdParty;
const large = makeLargeApp(500);
console.log(
  JSON.stringify({
    window: typeof window,
    small: { name: small.name, html: render(small) },
    large: { name: large.name, html: render(large) },
  }),
);
