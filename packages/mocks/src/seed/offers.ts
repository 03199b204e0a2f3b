import type { Offer } from '@giftkit/core';

/** Offer ids of the seeded catalogue. */
export const SEED_OFFERS = {
  footballMonthly: 'offer_football_monthly',
  footballAnnual: 'offer_football_annual',
  volleyballMonthly: 'offer_volleyball_monthly',
  volleyballAnnual: 'offer_volleyball_annual',
  cinemaQuarterly: 'offer_cinema_quarterly',
  cinemaSemiannual: 'offer_cinema_semiannual',
  docsWeekly: 'offer_docs_weekly',
  skiSeason: 'offer_ski_season',
  festivalPass: 'offer_festival_pass',
  cupFinal: 'offer_cup_final',
  movieRental: 'offer_movie_rental',
  kidsMonthly: 'offer_kids_monthly',
  classicsAnnual: 'offer_classics_annual',
  rugbyAnnual: 'offer_rugby_annual',
} as const;

type Draft = Pick<Offer, 'id' | 'title' | 'type' | 'billingCycle' | 'tags'> & Partial<Offer> & { amount: number };

const offer = ({ amount, ...draft }: Draft): Offer => ({
  description: '',
  price: { amount, currency: 'EUR' },
  active: true,
  giftable: true,
  ...draft,
});

const month = (amount: number) => ({ periodUnit: 'month' as const, amount });
const year = { periodUnit: 'year' as const, amount: 1 };

/**
 * Every billing period and every reason an offer is or is not giftable. Football and
 * Volleyball pairs share tag sets (stacking across billing periods, rule 9); Volleyball's
 * tags are listed in different orders on purpose (sets, not lists).
 */
export function seedOffers(): Offer[] {
  const o = SEED_OFFERS;
  return [
    offer({ id: o.footballMonthly, title: 'Football Monthly', description: 'Every league match, live and replay.', amount: 9.99, type: 'subscription', billingCycle: month(1), tags: ['football'] }),
    offer({ id: o.footballAnnual, title: 'Football Annual', description: 'A full year of football.', amount: 99.99, type: 'subscription', billingCycle: year, tags: ['football'] }),
    offer({ id: o.volleyballMonthly, title: 'Volleyball Monthly', amount: 6.99, type: 'subscription', billingCycle: month(1), tags: ['volleyball', 'indoor'] }),
    offer({ id: o.volleyballAnnual, title: 'Volleyball Annual', amount: 69.99, type: 'subscription', billingCycle: year, tags: ['indoor', 'volleyball'] }),
    offer({ id: o.cinemaQuarterly, title: 'Cinema Club (3 months)', amount: 24.99, type: 'subscription', billingCycle: month(3), tags: ['cinema'] }),
    offer({ id: o.cinemaSemiannual, title: 'Cinema Club (6 months)', amount: 44.99, type: 'subscription', billingCycle: month(6), tags: ['cinema'] }),
    // Never giftable whatever the flag says: weekly, seasonal, passes, events, single purchases.
    offer({ id: o.docsWeekly, title: 'Documentaries Weekly', amount: 2.99, type: 'subscription', billingCycle: { periodUnit: 'week', amount: 1 }, tags: ['docs'] }),
    offer({ id: o.skiSeason, title: 'Ski World Cup Season', amount: 49.99, type: 'subscription', billingCycle: { periodUnit: 'season', amount: 1 }, tags: ['ski'] }),
    offer({ id: o.festivalPass, title: 'Festival Pass', amount: 14.99, type: 'pass', billingCycle: null, tags: ['festival'] }),
    offer({ id: o.cupFinal, title: 'Cup Final Live', amount: 4.99, type: 'event', billingCycle: null, tags: ['football-live'] }),
    offer({ id: o.movieRental, title: 'Movie Rental', amount: 3.99, type: 'single', billingCycle: null, tags: [] }),
    // Giftable period, but the operator turned the gift flag off.
    offer({ id: o.kidsMonthly, title: 'Kids Monthly', amount: 5.99, type: 'subscription', billingCycle: month(1), tags: ['kids'], giftable: false }),
    // Ended after gifts of it were sold: INACTIVE_OFFER on redemption.
    offer({ id: o.classicsAnnual, title: 'Classics Annual', amount: 59.99, type: 'subscription', billingCycle: year, tags: ['classics'], active: false }),
    // Rights stop at the Swiss border: OFFER_GEO_RESTRICTED there.
    offer({ id: o.rugbyAnnual, title: 'Rugby Annual', amount: 89.99, type: 'subscription', billingCycle: year, tags: ['rugby'], restrictedCountries: ['CH'] }),
  ];
}
