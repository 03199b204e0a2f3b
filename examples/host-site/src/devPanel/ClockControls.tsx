import type { Simulation } from '../platform/simulation';

const DAY = 24 * 3600;
const when = (seconds: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(seconds * 1000));

/** The simulated platform's clock: it runs with the wall clock; these buttons skip ahead. */
export function ClockControls({ simulation }: { simulation: Simulation }) {
  const now = simulation.now();
  const delivery = simulation.nextDelivery();
  const accessEnd = simulation.nextAccessEnd();
  return (
    <>
      <p>
        Platform time: <time dateTime={new Date(now * 1000).toISOString()} data-testid="platform-time">{when(now)}</time>
      </p>
      <div className="button-row">
        <button type="button" className="button small" disabled={delivery === null} onClick={() => delivery !== null && simulation.advanceTo(delivery)}>
          {delivery === null ? 'No gift waiting to be sent' : `Jump to the next delivery (${when(delivery)})`}
        </button>
        <button type="button" className="button small" disabled={accessEnd === null} onClick={() => accessEnd !== null && simulation.advanceTo(accessEnd)}>
          {accessEnd === null ? 'No redeemed gift running' : `Jump to the end of the last redeemed gift (${when(accessEnd)})`}
        </button>
        <button type="button" className="button small secondary" onClick={() => simulation.advanceBy(3600)}>
          +1 hour
        </button>
        <button type="button" className="button small secondary" onClick={() => simulation.advanceBy(DAY)}>
          +1 day
        </button>
        <button type="button" className="button small secondary" onClick={() => simulation.advanceBy(30 * DAY)}>
          +30 days
        </button>
      </div>
    </>
  );
}
