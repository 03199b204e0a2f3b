import { useId, useState, type FormEvent } from 'react';
import type { Simulation } from './platform/simulation';
import { signIn, useSession, type DemoSession } from './session';

/** What each seeded person is for, so a visitor knows whom to pick. */
const ROLES: Record<string, string> = {
  cus_alice: 'buys gifts; subscribes to Football Monthly',
  cus_george: 'a second gifter, for stacked gifts',
  cus_bob: 'no subscription: a gift starts a new one',
  cus_carol: 'Volleyball Monthly: a Volleyball gift extends it',
  cus_dan: 'Football billed by an app store',
  cus_erin: 'a renewal payment in progress',
  cus_frank: 'two matching Football subscriptions',
  cus_hana: 'in a country Streamly does not serve',
  cus_ines: 'in Switzerland (Rugby is not shown there)',
  cus_henry: 'redeemed a gift a month ago',
  op_olivia: 'operator: the gift manager',
};

/**
 * Streamly's sign-in stub. On the simulated platform: pick a seeded person. On a real one:
 * paste a customer id and a token from your platform.
 */
export function SignInForm({ simulation, onSignedIn }: { simulation: Simulation | null; onSignedIn: (session: DemoSession) => void }) {
  const current = useSession();
  if (simulation) {
    return (
      <ul className="people">
        {simulation.customers.map((customer) => (
          <li key={customer.id}>
            <button
              type="button"
              className="person"
              aria-pressed={current?.customerId === customer.id}
              onClick={() => {
                const session = simulation.sessionFor(customer);
                signIn(session);
                onSignedIn(session);
              }}
            >
              <span className="person-name">Sign in as {customer.name}</span>
              <span className="person-detail">
                {customer.email} — {ROLES[customer.id] ?? customer.role}
              </span>
            </button>
          </li>
        ))}
      </ul>
    );
  }
  return <RemoteSignIn onSignedIn={onSignedIn} />;
}

function RemoteSignIn({ onSignedIn }: { onSignedIn: (session: DemoSession) => void }) {
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    const customerId = text('customerId');
    const token = text('token');
    if (!customerId || !token) {
      setError('Enter your customer id and a token from your platform.');
      return;
    }
    const session: DemoSession = { customerId, token, email: text('email'), name: customerId, role: data.get('operator') ? 'operator' : 'customer' };
    signIn(session);
    onSignedIn(session);
  };
  return (
    <form className="remote-sign-in" onSubmit={submit} noValidate aria-describedby={error ? `${id}-error` : undefined}>
      <label htmlFor={`${id}-customer`}>Customer id</label>
      <input id={`${id}-customer`} name="customerId" autoComplete="username" />
      <label htmlFor={`${id}-email`}>Email (optional)</label>
      <input id={`${id}-email`} name="email" type="email" autoComplete="email" />
      <label htmlFor={`${id}-token`}>Token (JWT)</label>
      <input id={`${id}-token`} name="token" autoComplete="off" />
      <label className="check">
        <input type="checkbox" name="operator" /> Operator (gift manager)
      </label>
      {error ? (
        <p id={`${id}-error`} role="alert" className="form-error">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button">
        Sign in
      </button>
    </form>
  );
}
