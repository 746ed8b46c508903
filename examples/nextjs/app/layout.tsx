import 'react-connected-apps/styles.css';
import './example.css';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { memberSession } from '../lib/session';

export const metadata: Metadata = { title: 'Connected apps · react-connected-apps on Next.js' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const signedIn = (await memberSession()) !== null;
  return (
    <html lang="en">
      <body>
        <header className="example-header">
          <nav aria-label="Example">
            <Link href="/">Overview</Link>
            <Link href="/manage">Manage access</Link>
          </nav>
          {signedIn ? (
            <form method="post" action="/session">
              <span data-testid="signed-in">Signed in</span> <button type="submit">Sign out</button>
            </form>
          ) : (
            <span data-testid="signed-out">
              Signed out · <Link href="/sign-in">Sign in</Link>
            </span>
          )}
        </header>
        <main className="example-main">{children}</main>
      </body>
    </html>
  );
}
