import type { Simulation } from '../platform/simulation';
import { navigate } from '../router';
import { signOut, useSession } from '../session';
import { SignInForm } from '../SignInForm';

/** `/sign-in`: the stub account page. `?returnTo=/path` goes back there after signing in. */
export default function SignInPage({ simulation }: { simulation: Simulation | null }) {
  const session = useSession();
  const returnTo = new URLSearchParams(window.location.search).get('returnTo');
  return (
    <div className="page narrow">
      <h1>{session ? 'Switch account' : 'Sign in'}</h1>
      <p>{simulation ? 'Streamly runs on the simulated platform: pick one of its people.' : 'Paste a customer id and a token issued by your platform.'}</p>
      <SignInForm simulation={simulation} onSignedIn={() => navigate(returnTo?.startsWith('/') ? returnTo : '/')} />
      {session ? (
        <button type="button" className="button secondary" onClick={signOut}>
          Sign out
        </button>
      ) : null}
    </div>
  );
}
