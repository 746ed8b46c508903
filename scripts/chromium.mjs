// How every browser test, story test and benchmark launches Debian's Chromium (never a downloaded browser).
// CHROMIUM_PATH points elsewhere on other machines.
export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  // The background-networking flags stop Chromium calling home on a closed network.
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
