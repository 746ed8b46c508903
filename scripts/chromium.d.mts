/** How every browser test, story test and benchmark launches Debian's Chromium. */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
