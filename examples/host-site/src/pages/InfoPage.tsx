import { Link } from '../router';

const PAGES: Record<string, { title: string; text: string }> = {
  '/help': { title: 'Help with gifts', text: 'Gift codes look like ABCD-2345 and work for 365 days after the email is sent. Write to help@streamly.example if a code does not work.' },
  '/account/payment': { title: 'Payment methods', text: 'A real site lets the viewer add a card here, so their subscription renews after a gift ends.' },
  '/account/subscriptions': { title: 'Subscriptions', text: 'A real site lists the viewer’s subscriptions here, including ones billed by an app store.' },
};

/** The host's other pages, stubs here; anything else is "not found". */
export default function InfoPage({ pathname }: { pathname: string }) {
  const page = PAGES[pathname];
  return (
    <div className="page narrow">
      <h1>{page?.title ?? 'Page not found'}</h1>
      <p>{page?.text ?? `Nothing lives at ${pathname}.`}</p>
      <p>
        <Link href="/">Back to the offers</Link>
      </p>
    </div>
  );
}
