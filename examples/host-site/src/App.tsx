import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { GiftKitProvider, type GiftKitEventMap, type GiftKitSession } from '@giftkit/react';
import type { Backend } from './backend';
import { streamlyAppearance } from './brand';
import { DevPanel } from './devPanel/DevPanel';
import type { LoggedEvent } from './devPanel/EventLog';
import { usePreferences } from './preferences';
import { REDEEM_PATH } from './paths';
import { interceptLinks, Link, matchPath, useLocation } from './router';
import { useSession } from './session';
import { SignInDialog } from './SignInDialog';
import { usePlatformNow } from './usePlatformNow';

// One chunk per route, so each page downloads only the flow it shows.
const OffersPage = lazy(() => import('./pages/OffersPage'));
const CheckoutPage = lazy(() => import('./pages/CheckoutPage'));
const RedeemPage = lazy(() => import('./pages/RedeemPage'));
const MyGiftsPage = lazy(() => import('./pages/MyGiftsPage'));
const AdminGiftsPage = lazy(() => import('./pages/AdminGiftsPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const InfoPage = lazy(() => import('./pages/InfoPage'));

function Routes({ backend, now }: { backend: Backend; now: number | undefined }): ReactNode {
  const { pathname, search } = useLocation();
  if (pathname === '/') return <OffersPage api={backend.api} />;
  const checkout = matchPath('/checkout/:offerId', pathname);
  if (checkout?.offerId) return <CheckoutPage key={checkout.offerId} offerId={checkout.offerId} now={now} />;
  // Another `?giftCode=` link on the same page is a new redemption: start it afresh.
  if (pathname === REDEEM_PATH) return <RedeemPage key={search} search={search} />;
  if (pathname === '/account/gifts') return <MyGiftsPage now={now} />;
  if (pathname === '/admin/gifts') return <AdminGiftsPage simulation={backend.simulation} />;
  if (pathname === '/sign-in') return <SignInPage simulation={backend.simulation} />;
  return <InfoPage pathname={pathname} />;
}

export function App({ backend }: { backend: Backend }) {
  const session = useSession();
  const [preferences] = usePreferences();
  const now = usePlatformNow(backend.simulation);
  const [signInReason, setSignInReason] = useState<GiftKitEventMap['requireAuth']['flow'] | null>(null);
  const [events, setEvents] = useState<LoggedEvent[]>([]);
  useEffect(() => interceptLinks(), []);
  useEffect(() => {
    document.documentElement.dataset.theme = preferences.theme;
  }, [preferences.theme]);

  const giftKitSession = useMemo<GiftKitSession | null>(
    () => (session ? { customerId: session.customerId, email: session.email, role: session.role } : null),
    [session],
  );
  const appearance = useMemo(() => streamlyAppearance(preferences.theme), [preferences.theme]);
  const log = useCallback(<K extends keyof GiftKitEventMap>(name: K, detail: GiftKitEventMap[K]) => {
    setEvents((previous) => [{ id: `${Date.now()}-${previous.length}`, name, detail, at: new Date() }, ...previous].slice(0, 20));
  }, []);

  return (
    <GiftKitProvider
      api={backend.api}
      session={giftKitSession}
      locale={preferences.locale}
      appearance={appearance}
      redeemUrl={`${window.location.origin}${REDEEM_PATH}`}
      onRequireAuth={(detail) => {
        log('requireAuth', detail);
        setSignInReason(detail.flow);
      }}
      onGiftPurchased={(detail) => log('giftPurchased', detail)}
      onGiftRedeemed={(detail) => log('giftRedeemed', detail)}
      onGiftUpdated={(detail) => log('giftUpdated', detail)}
      onCouponApplied={(detail) => log('couponApplied', detail)}
      onCouponRemoved={(detail) => log('couponRemoved', detail)}
      onError={(detail) => log('error', detail)}
    >
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="logo">
          <span aria-hidden="true">▶</span> Streamly
        </Link>
        <nav aria-label="Main">
          <ul>
            <li>
              <Link href="/">Offers</Link>
            </li>
            <li>
              <Link href={REDEEM_PATH}>Redeem a gift</Link>
            </li>
            <li>
              <Link href="/account/gifts">My gifts</Link>
            </li>
            {session?.role === 'operator' ? (
              <li>
                <Link href="/admin/gifts">Gift manager</Link>
              </li>
            ) : null}
          </ul>
        </nav>
        <div className="account">
          {session ? (
            <span>
              Signed in as <strong>{session.name}</strong>
            </span>
          ) : null}
          <Link href="/sign-in">{session ? 'Switch account' : 'Sign in'}</Link>
        </div>
      </header>
      <div className={backend.simulation ? 'layout with-panel' : 'layout'}>
        <main id="main" tabIndex={-1}>
          <Suspense fallback={<p role="status">Loading…</p>}>
            <Routes backend={backend} now={now} />
          </Suspense>
        </main>
        <DevPanel backend={backend} events={events} />
      </div>
      <footer className="site-footer">
        <p>
          Streamly is a demo. Gift subscriptions by <strong>GiftKit</strong>; {backend.simulation ? 'running on the simulated platform in this page.' : `talking to ${backend.baseURL}.`}
        </p>
      </footer>
      <SignInDialog simulation={backend.simulation} reason={signInReason} onClose={() => setSignInReason(null)} />
    </GiftKitProvider>
  );
}
