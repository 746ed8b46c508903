import { seededSessions } from 'react-connected-apps/emulator';

/**
 * Signing in, for the emulator: each button sets the `stytch_session` cookie to one of its seeded
 * sessions (app/session/route.ts). With a real Stytch project, Stytch's own login sets that cookie.
 */
export default function SignInPage() {
  return (
    <section aria-labelledby="sign-in">
      <h1 id="sign-in">Sign in</h1>
      <p>As one of the emulator’s seeded members:</p>
      <ul>
        {Object.entries(seededSessions).map(([name, session]) => (
          <li key={name}>
            <form method="post" action="/session">
              <input type="hidden" name="as" value={name} />
              <button type="submit">{session.label}</button>
            </form>
          </li>
        ))}
      </ul>
    </section>
  );
}
