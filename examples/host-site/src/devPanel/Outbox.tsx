import { useState } from 'react';
import type { Simulation } from '../platform/simulation';

const when = (seconds: number) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(seconds * 1000));

/** The emails the platform sent: the gifter's confirmations and the recipients' invitations. */
export function Outbox({ simulation }: { simulation: Simulation }) {
  const emails = simulation.outbox();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = emails.find((email) => email.id === openId) ?? null;
  if (emails.length === 0) return <p className="muted">No email yet. A purchase sends the gifter a confirmation; the delivery hour sends the invitation.</p>;
  return (
    <>
      <ul className="outbox">
        {emails.slice(0, 12).map((email) => (
          <li key={email.id}>
            <button type="button" className="email-line" aria-expanded={email.id === openId} onClick={() => setOpenId(email.id === openId ? null : email.id)}>
              <span className="email-kind">{email.kind === 'gift-invitation' ? 'Invitation' : 'Confirmation'}</span> to {email.to}
              <span className="muted"> · {when(email.sentAt)}</span>
            </button>
          </li>
        ))}
      </ul>
      {open ? (
        <article className="email" aria-label={`Email to ${open.to}`}>
          <p>
            <strong>To:</strong> {open.to}
            <br />
            <strong>Subject:</strong> {open.subject}
          </p>
          {/* Plain text, as the platform sent it: the personal note is never HTML. */}
          <div className="email-body">{open.text}</div>
          {open.redeemLink ? (
            <p>
              <a className="button small" href={open.redeemLink}>
                Open the redeem link
              </a>
            </p>
          ) : null}
        </article>
      ) : null}
    </>
  );
}
