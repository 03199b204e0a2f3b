import { useState } from 'react';
import type { Backend } from '../backend';
import { LOCALES, usePreferences } from '../preferences';
import { navigate } from '../router';
import { signIn, signOut, useSession } from '../session';
import { usePlatformVersion } from '../usePlatformNow';
import { ClockControls } from './ClockControls';
import { EventLog, type LoggedEvent } from './EventLog';
import { Outbox } from './Outbox';

/**
 * What a broadcaster's developer wants while trying GiftKit: the simulated platform's clock
 * and outbox, quick switching between its people, the theme and language, and the events.
 */
export function DevPanel({ backend, events }: { backend: Backend; events: readonly LoggedEvent[] }) {
  const { simulation } = backend;
  usePlatformVersion(simulation);
  const session = useSession();
  const [preferences, setPreferences] = usePreferences();
  const [expanded, setExpanded] = useState(true);
  return (
    <aside className="dev-panel" aria-labelledby="dev-panel-title" data-expanded={expanded}>
      <h2 id="dev-panel-title">
        <button type="button" className="panel-toggle" aria-expanded={expanded} onClick={() => setExpanded((value) => !value)}>
          Developer panel
        </button>
      </h2>
      {expanded ? (
        <div className="panel-body">
          {simulation?.restartedFresh ? <p role="status">The saved demo could not be restored, so it started afresh.</p> : null}
          {simulation ? (
            <>
              <section aria-labelledby="clock-title">
                <h3 id="clock-title">Clock</h3>
                <ClockControls simulation={simulation} />
              </section>
              <section aria-labelledby="outbox-title">
                <h3 id="outbox-title">Outbox</h3>
                <Outbox simulation={simulation} />
              </section>
              <section aria-labelledby="people-title">
                <h3 id="people-title">People</h3>
                <label htmlFor="dev-person">Signed in as</label>
                <select
                  id="dev-person"
                  value={session?.customerId ?? ''}
                  onChange={(event) => {
                    const customer = simulation.customers.find((person) => person.id === event.target.value);
                    // Signing out here keeps the page: on the redeem page, RedeemGift then asks for a sign-in.
                    if (customer) signIn(simulation.sessionFor(customer));
                    else signOut();
                  }}
                >
                  <option value="">Nobody (signed out)</option>
                  {simulation.customers.map((customer) => (
                    <option key={customer.id} value={customer.id}>
                      {customer.name} ({customer.email})
                    </option>
                  ))}
                </select>
              </section>
            </>
          ) : null}
          <section aria-labelledby="look-title">
            <h3 id="look-title">Look and language</h3>
            <fieldset className="inline">
              <legend>Theme</legend>
              {(['light', 'dark'] as const).map((theme) => (
                <label key={theme}>
                  <input type="radio" name="dev-theme" value={theme} checked={preferences.theme === theme} onChange={() => setPreferences({ theme })} /> {theme === 'light' ? 'Light' : 'Dark'}
                </label>
              ))}
            </fieldset>
            <label htmlFor="dev-locale">Language of the components</label>
            <select id="dev-locale" value={preferences.locale} onChange={(event) => setPreferences({ locale: event.target.value })}>
              {LOCALES.map((locale) => (
                <option key={locale.value} value={locale.value} lang={locale.value}>
                  {locale.label}
                </option>
              ))}
            </select>
          </section>
          <section aria-labelledby="events-title">
            <h3 id="events-title">Events</h3>
            <EventLog events={events} />
          </section>
          {simulation ? (
            <p>
              <button
                type="button"
                className="button small secondary"
                onClick={() => {
                  simulation.reset();
                  navigate('/');
                }}
              >
                Reset the demo
              </button>
            </p>
          ) : null}
        </div>
      ) : null}
    </aside>
  );
}
