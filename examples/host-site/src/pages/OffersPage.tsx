import { useEffect, useState } from 'react';
import { offerGiftability, type GiftsApi, type Offer } from '@giftkit/core';
import { Link } from '../router';
import { REDEEM_PATH } from '../paths';

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; offers: Offer[] };

function period(offer: Offer): string {
  const cycle = offer.billingCycle;
  if (offer.type !== 'subscription' || !cycle) return offer.type === 'pass' ? 'pass' : 'one-off';
  if (cycle.periodUnit === 'season') return 'per season';
  if (cycle.amount === 1) return `per ${cycle.periodUnit}`;
  return `every ${cycle.amount} ${cycle.periodUnit}s`;
}

const price = (offer: Offer) => new Intl.NumberFormat('en', { style: 'currency', currency: offer.price.currency }).format(offer.price.amount);

/** Streamly's own catalogue page; it links into GiftKit's Checkout. */
export default function OffersPage({ api }: { api: GiftsApi }) {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api.listOffers({ signal: controller.signal }).then(
      (offers) => setLoad({ status: 'ready', offers: offers.filter((offer) => offer.active) }),
      (error: unknown) => {
        if (!controller.signal.aborted) setLoad({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [api, attempt]);

  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <h1 id="hero-title">Give someone a year of great sport and cinema</h1>
        <p>Pick a plan, choose the day and hour it arrives, add a note. They get an email with a code; you can follow and change it in My gifts.</p>
        <p className="hero-actions">
          <Link href="/checkout/offer_football_annual?purchaseAsGift=true" className="button">
            Give Football Annual
          </Link>
          <Link href={REDEEM_PATH} className="button secondary">
            I have a gift code
          </Link>
        </p>
      </section>
      <section aria-labelledby="plans-title">
        <h2 id="plans-title">Plans</h2>
        {load.status === 'loading' ? <p role="status">Loading plans…</p> : null}
        {load.status === 'failed' ? (
          <div role="alert" className="notice">
            <p>The plans could not be loaded: {load.message}</p>
            <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
              Try again
            </button>
          </div>
        ) : null}
        {load.status === 'ready' ? (
          <ul className="offers">
            {load.offers.map((offer) => {
              const giftable = offerGiftability(offer).giftable;
              return (
                <li key={offer.id} className="offer">
                  <div className="poster" aria-hidden="true" data-tags={offer.tags.join(' ')} />
                  <h3>{offer.title}</h3>
                  <p className="price">
                    {price(offer)} <span>{period(offer)}</span>
                  </p>
                  {offer.description ? <p className="description">{offer.description}</p> : null}
                  <p className="offer-actions">
                    <Link href={`/checkout/${encodeURIComponent(offer.id)}`} className="button secondary">
                      Buy<span className="visually-hidden"> ({offer.title})</span>
                    </Link>
                    {giftable ? (
                      <Link href={`/checkout/${encodeURIComponent(offer.id)}?purchaseAsGift=true`} className="button">
                        Give as a gift<span className="visually-hidden"> ({offer.title})</span>
                      </Link>
                    ) : (
                      <span className="muted">Not available as a gift</span>
                    )}
                  </p>
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>
    </>
  );
}
