import { csvCell, exportMembers, scopeRisk } from 'react-connected-apps';
import { fixtureScopePolicy, makeActiveMembers, makeOrganizationMember } from 'react-connected-apps/testing';
import { describe, expect, it } from 'vitest';

const text = (blob: Blob) => blob.text();

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\r=1', `"'\r=1"`],
    ['Ada, Countess', '"Ada, Countess"'],
    ['say "hi"', '"say ""hi"""'],
    ['line\nbreak', '"line\nbreak"'],
    ['plain', 'plain'],
  ])('makes %j safe to open in a spreadsheet', (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe('exportMembers', () => {
  const members = makeActiveMembers(3).map((member, index) => ({
    ...member,
    grantedScopes: [['openid'], ['openid', 'write:reports'], ['admin:all', 'offline_access']][index] ?? [],
  }));
  const directory = new Map([
    [members[0]?.memberId ?? '', makeOrganizationMember({ name: '=cmd|calc', emailAddress: 'a@x.example' }, 0)],
    [members[1]?.memberId ?? '', null],
  ]);

  it('writes a UTF-8 CSV with a BOM, RFC 4180 quoting, neutralized formulas and each member’s highest risk', async () => {
    const file = await exportMembers(members, { format: 'csv', directory, scopes: fixtureScopePolicy });
    expect(file.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await text(file)).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('member_id,name,email,status,scopes,risk');
    expect(lines[1]).toBe(`${members[0]?.memberId},'=cmd|calc,a@x.example,active,openid,low`);
    expect(lines[2]).toBe(`${members[1]?.memberId},,,not_found,openid write:reports,medium`);
    expect(lines[3]).toBe(`${members[2]?.memberId},,,,admin:all offline_access,high`);
  });

  it('writes the same rows as JSON', async () => {
    const rows = JSON.parse(
      await text(await exportMembers(members, { format: 'json', directory, scopes: fixtureScopePolicy })),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      memberId: members[0]?.memberId,
      name: '=cmd|calc',
      email: 'a@x.example',
      status: 'active',
      scopes: ['openid'],
      risk: 'low',
    });
  });

  it('lets the host set its own tiers, and exports 100,000 members whole', async () => {
    const many = makeActiveMembers(100_000);
    const rows = JSON.parse(
      await text(
        await exportMembers(many, { format: 'json', riskOf: (scope) => (scope === 'email' ? 'high' : undefined) }),
      ),
    );
    expect(rows).toHaveLength(100_000);
    expect(rows[0].risk).toBe('high');
    expect(rows[3].risk).toBe('unknown'); // read:invoices without the policy
  });
});

describe('scopeRisk', () => {
  it('ranks by the permissions a scope grants', () => {
    const tiers = fixtureScopePolicy.map((definition) => scopeRisk(definition.scope, definition));
    expect(tiers).toEqual(['low', 'medium', 'high', 'high']);
    expect(scopeRisk('offline_access')).toBe('long-lived');
    expect(scopeRisk('email')).toBe('low');
    expect(scopeRisk('custom:unknown')).toBe('unknown');
  });
});
