// A page written without React: it mounts GiftKit's RedeemGift into a <div>, hears what
// happens through bubbling DOM events, and passes the session in when the visitor signs in.
import { createHttpGiftsClient } from '@giftkit/http';
import { createHandlers, createPlatform, seed } from '@giftkit/mocks';
import { mount } from '@giftkit/react/mount';
import { setupWorker } from 'msw/browser';

// The simulated platform in this page, behind a service worker at /api. On a real site this
// block goes away and `baseURL` points at the platform.
const platform = createPlatform({ now: Math.floor(Date.now() / 1000), settings: { redeemUrl: `${location.origin}/` } });
await setupWorker(...createHandlers(platform, { baseUrl: '/api' })).start({ quiet: true, onUnhandledRequest: 'bypass' });

let token = null;
const api = createHttpGiftsClient({ baseURL: `${location.origin}/api`, getToken: () => token });

const redeem = mount(document.getElementById('redeem'), 'RedeemGift', {
  api,
  session: null,
  locale: document.documentElement.lang,
  redeemUrl: `${location.origin}/`,
  props: { code: new URLSearchParams(location.search).get('giftCode') ?? seed.giftCodes.readyToRedeem },
});

const log = document.getElementById('events');
for (const name of ['requireAuth', 'giftRedeemed', 'error']) {
  document.addEventListener(`giftkit:${name}`, (event) => {
    const item = document.createElement('li');
    item.textContent = `giftkit:${name} ${JSON.stringify(event.detail)}`;
    log.append(item);
    if (name === 'requireAuth') document.getElementById('sign-in').hidden = false;
  });
}

document.getElementById('sign-in').addEventListener('click', (event) => {
  const bob = seed.customers.newRecipient;
  token = platform.sessionToken(bob.id);
  redeem.update({ session: { customerId: bob.id, email: bob.email } });
  document.getElementById('account').textContent = `Signed in as ${bob.name}`;
  event.currentTarget.hidden = true;
});
