import { parseConnectedApp } from 'react-connected-apps';
import { fixtureApps, toStytchResponse } from 'react-connected-apps/testing';
import { describe, expect, it } from 'vitest';

const valid = toStytchResponse(fixtureApps.thirdParty, 'request-1');

function messageOf(body: unknown): string {
  try {
    parseConnectedApp(body);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected parseConnectedApp to throw');
}

describe('parseConnectedApp', () => {
  it('turns the wire format into camelCase data', () => {
    expect(parseConnectedApp(valid)).toEqual({ ...fixtureApps.thirdParty, requestId: 'request-1' });
  });

  it('accepts the reference example with logo_url null and no description', () => {
    const app = parseConnectedApp({ ...valid, logo_url: null, description: undefined });
    expect(app.logoUrl).toBeNull();
    expect(app.description).toBe('');
  });

  it('accepts a missing logo_url and a missing request_id', () => {
    const { logo_url: _logo, request_id: _id, ...rest } = valid;
    const app = parseConnectedApp(rest);
    expect(app.logoUrl).toBeNull();
    expect(app).not.toHaveProperty('requestId');
  });

  it.each([
    ['null', null, 'the body'],
    ['an array', [valid], 'the body'],
    ['a string', 'ok', 'the body'],
    ['connected_app_id missing', { ...valid, connected_app_id: undefined }, 'connected_app_id'],
    ['connected_app_id empty', { ...valid, connected_app_id: '' }, 'connected_app_id'],
    ['name a number', { ...valid, name: 7 }, 'name'],
    ['client_type missing', { ...valid, client_type: undefined }, 'client_type'],
    ['logo_url an object', { ...valid, logo_url: { href: 'x' } }, 'logo_url'],
    ['active_members an object', { ...valid, active_members: {} }, 'active_members'],
    ['a member not an object', { ...valid, active_members: ['m'] }, 'active_members[0]'],
    ['member_id missing', { ...valid, active_members: [{ granted_scopes: [] }] }, 'active_members[0].member_id'],
    ['request_id a number', { ...valid, request_id: 5 }, 'request_id'],
  ])('rejects %s as INVALID_RESPONSE', (_what, body, field) => {
    expect(() => parseConnectedApp(body)).toThrow(expect.objectContaining({ code: 'INVALID_RESPONSE' }));
    expect(messageOf(body)).toContain(field);
  });

  it('keeps a member listed twice once (the first entry)', () => {
    const app = parseConnectedApp({
      ...valid,
      active_members: [
        { member_id: 'member-1', granted_scopes: ['openid'] },
        { member_id: 'member-2', granted_scopes: [] },
        { member_id: 'member-1', granted_scopes: ['email'] },
      ],
    });
    expect(app.activeMembers).toEqual([
      { memberId: 'member-1', grantedScopes: ['openid'] },
      { memberId: 'member-2', grantedScopes: [] },
    ]);
  });

  it('treats missing granted_scopes as none', () => {
    const app = parseConnectedApp({ ...valid, active_members: [{ member_id: 'member-1' }] });
    expect(app.activeMembers).toEqual([{ memberId: 'member-1', grantedScopes: [] }]);
  });

  it('does not carry unknown fields or prototype keys into the data', () => {
    const hostile = JSON.parse(
      `{"__proto__": {"polluted": true}, "extra": "<script>", ${JSON.stringify(valid).slice(1)}`,
    );
    const app = parseConnectedApp(hostile);
    expect(app).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
