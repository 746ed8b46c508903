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
    expect(transport.calls).toHaveLength(1);
  });

  it('revokes copy on write: the caller’s fixtures and every earlier answer keep their members', async () => {
    const original = fixtureApps.firstParty.activeMembers.map((member) => member.memberId);
    const [revoked, ...kept] = original;
    const transport = createMemoryTransport(fixtures);
    const ids = { organizationId: FIXTURE_ORGANIZATION_ID, connectedAppId: fixtureApps.firstParty.connectedAppId };
    const before = await transport.getConnectedApp(ids);
    await transport.revokeConnectedApp({ ...ids, memberId: revoked as string });
    const after = await transport.getConnectedApp(ids);

    expect(after.activeMembers.map((member) => member.memberId)).toEqual(kept);
    expect(before.activeMembers.map((member) => member.memberId)).toEqual(original);
    expect(fixtureApps.firstParty.activeMembers.map((member) => member.memberId)).toEqual(original);
    // A second transport over the same fixtures starts from them, not from the first one's revokes.
    const fresh = await createMemoryTransport(fixtures).getConnectedApp(ids);
    expect(fresh.activeMembers.map((member) => member.memberId)).toEqual(original);
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
