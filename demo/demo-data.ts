import { defaultEmulatorData, type EmulatorData } from 'react-connected-apps/emulator';

const LOGOS: Record<string, string> = {
  'Acme Admin Console': 'acme-admin-console.svg',
  'Ledgerly Accounting': 'ledgerly-accounting.svg',
  'Company-wide Calendar': 'company-wide-calendar.svg',
};

/**
 * The emulator's default data with logos the demo serves itself (`demo/public/logos`), so the page loads
 * nothing from the internet. The other apps have no logo and show their initials.
 */
export function demoEmulatorData(origin: string): EmulatorData {
  return {
    ...defaultEmulatorData,
    organizations: defaultEmulatorData.organizations.map((organization) => ({
      ...organization,
      connectedApps: organization.connectedApps.map((app) => {
        const logo = LOGOS[app.name];
        return { ...app, logoUrl: logo ? new URL(`logos/${logo}`, origin).href : null };
      }),
    })),
  };
}
