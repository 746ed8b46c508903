import { createMemoryTransport, FIXTURE_ORGANIZATION_ID, fixtureApps } from 'react-connected-apps/testing';
import { describe, expect, it } from 'vitest';

const fixtures = { [FIXTURE_ORGANIZATION_ID]: [fixtureApps.firstParty] };

describe('createMemoryTransport', () => {
  it('answers from fixtures and records calls', async () => {
    const transport = createMemoryTransport(fixtures);
    const app = await transport.getConnectedApp({
      organizationId: FIXTURE_ORGANIZATION_ID,
      connectedAppId: fixtureApps.firstParty.connectedAppId,
    });
    expect(app.name).toBe(fixtureApps.firstParty.name);
    expect(app).not.toBe(fixtureApps.firstParty);
    expect(transport.calls).toHaveLength(1);
  });

  it('answers NOT_FOUND for an unknown app', async () => {
    const transport = createMemoryTransport(fixtures);
    await expect(
      transport.getConnectedApp({ organizationId: FIXTURE_ORGANIZATION_ID, connectedAppId: 'nope' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', status: 404 });
  });

  it('follows its script, then falls back to fixtures', async () => {
    const transport = createMemoryTransport(fixtures, {
      script: [{ respond: 'error', error: { code: 'RATE_LIMITED', status: 429, retryAfterMs: 2000 } }],
    });
    const request = { organizationId: FIXTURE_ORGANIZATION_ID, connectedAppId: fixtureApps.firstParty.connectedAppId };
    await expect(transport.getConnectedApp(request)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterMs: 2000,
    });
    await expect(transport.getConnectedApp(request)).resolves.toMatchObject({ name: fixtureApps.firstParty.name });
  });

  it('stops waiting when aborted', async () => {
    const transport = createMemoryTransport(fixtures, { latencyMs: 10_000 });
    const controller = new AbortController();
    const pending = transport.getConnectedApp({
      organizationId: FIXTURE_ORGANIZATION_ID,
      connectedAppId: fixtureApps.firstParty.connectedAppId,
      signal: controller.signal,
    });
    controller.abort(new Error('unmounted'));
    await expect(pending).rejects.toThrow('unmounted');
  });
});
