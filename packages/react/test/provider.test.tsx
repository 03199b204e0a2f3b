import { configureStore, createSlice } from '@reduxjs/toolkit';
import { render, screen, waitFor } from '@testing-library/react';
import { Provider as HostReduxProvider, useSelector } from 'react-redux';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Checkout, CouponInput, GiftDeliveryForm, GiftKitProvider, GiftKitRoot, useEmit, useGiftKit } from '@giftkit/react';
import { useGetOfferQuery } from '../src/store/giftsApi';
import { fakeApi, offer } from './offlineApi';

function OfferTitle({ id }: { id: string }) {
  const { data, error, isLoading } = useGetOfferQuery(id);
  if (isLoading) return <p>loading</p>;
  if (error) return <p role="alert">{error.code}</p>;
  return <p>{data?.title}</p>;
}

describe('GiftKitProvider', () => {
  it('explains what to wrap a component in when there is no provider', () => {
    const Lonely = () => {
      useGiftKit('<RedeemGift>');
      return null;
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Lonely />)).toThrow(/<RedeemGift> must be rendered inside <GiftKitProvider>/);
  });

  it('names the flow used outside a provider', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(() => render(<Checkout offerId="offer_1" />)).toThrow(/^<Checkout> must be rendered inside <GiftKitProvider>/);
    expect(() => render(<GiftDeliveryForm onSubmit={() => undefined} />)).toThrow(/^<GiftDeliveryForm> must be rendered inside/);
    expect(() => render(<CouponInput order={{ id: 'order_1', couponCode: null }} />)).toThrow(/^<CouponInput> must be rendered inside/);
  });

  it('refuses an api that is not a GiftsApi, naming what is missing', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { getOffer: () => Promise.resolve(offer('a', 'A')) } as unknown as Parameters<typeof GiftKitProvider>[0]['api'];
    expect(() => render(<GiftKitProvider api={broken} />)).toThrow(/must implement GiftsApi.*missing: listOffers/);
  });

  it('calls the injected GiftsApi through its private store, and maps failures to codes', async () => {
    const api = fakeApi({ getOffer: (id) => Promise.resolve(offer(id, `Offer ${id}`)) });
    render(
      <GiftKitProvider api={api}>
        <OfferTitle id="S1" />
      </GiftKitProvider>,
    );
    expect(await screen.findByText('Offer S1')).toBeInTheDocument();
    render(
      <GiftKitProvider api={fakeApi()}>
        <OfferTitle id="S2" />
      </GiftKitProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('NETWORK');
  });

  it('never reads or writes the host’s Redux store', async () => {
    const hostSlice = createSlice({ name: 'host', initialState: { visits: 1 }, reducers: {} });
    const hostStore = configureStore({ reducer: { host: hostSlice.reducer } });
    const before = hostStore.getState();
    const HostCounter = () => <p>host visits {useSelector((s: ReturnType<typeof hostStore.getState>) => s.host.visits)}</p>;
    render(
      <HostReduxProvider store={hostStore}>
        <GiftKitProvider api={fakeApi({ getOffer: (id) => Promise.resolve(offer(id, 'Ours')) })}>
          <HostCounter />
          <OfferTitle id="S1" />
        </GiftKitProvider>
      </HostReduxProvider>,
    );
    expect(await screen.findByText('Ours')).toBeInTheDocument();
    expect(screen.getByText('host visits 1')).toBeInTheDocument();
    expect(hostStore.getState()).toBe(before);
    expect(Object.keys(hostStore.getState())).toEqual(['host']);
  });

  it('keeps two providers on one page independent', async () => {
    const first = vi.fn((id: string) => Promise.resolve(offer(id, 'From first')));
    const second = vi.fn((id: string) => Promise.resolve(offer(id, 'From second')));
    render(
      <>
        <GiftKitProvider api={fakeApi({ getOffer: first })}>
          <OfferTitle id="S1" />
        </GiftKitProvider>
        <GiftKitProvider api={fakeApi({ getOffer: second })}>
          <OfferTitle id="S1" />
        </GiftKitProvider>
      </>,
    );
    expect(await screen.findByText('From first')).toBeInTheDocument();
    expect(await screen.findByText('From second')).toBeInTheDocument();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('fires each callback and the matching DOM event on the component root', async () => {
    const onGiftPurchased = vi.fn();
    const domListener = vi.fn();
    const Buy = () => {
      const emit = useEmit();
      return (
        <button type="button" onClick={() => emit('giftPurchased', { giftId: 'g1', transactionId: 't1', orderId: 'o1', offerId: 'S1' })}>
          buy
        </button>
      );
    };
    const { container } = render(
      <StrictMode>
        <GiftKitProvider api={fakeApi()} onGiftPurchased={onGiftPurchased}>
          <GiftKitRoot name="checkout">
            <Buy />
          </GiftKitRoot>
        </GiftKitProvider>
      </StrictMode>,
    );
    container.addEventListener('giftkit:giftPurchased', domListener);
    screen.getByRole('button', { name: 'buy' }).click();
    await waitFor(() => expect(onGiftPurchased).toHaveBeenCalledTimes(1));
    expect(onGiftPurchased).toHaveBeenCalledWith({ giftId: 'g1', transactionId: 't1', orderId: 'o1', offerId: 'S1' });
    expect(domListener).toHaveBeenCalledTimes(1);
    const event = domListener.mock.calls[0]?.[0] as CustomEvent;
    expect(event.detail).toMatchObject({ giftId: 'g1' });
    expect(event.target).toBe(container.querySelector('.gk-checkout'));
  });

  it('still dispatches the DOM event when a host callback throws', () => {
    const domListener = vi.fn();
    const Fire = () => {
      const emit = useEmit();
      return (
        <button type="button" onClick={() => {
          try {
            emit('couponRemoved', { orderId: 'o1' });
          } catch {
            // the host's bug surfaces to the host, after our event went out
          }
        }}>
          fire
        </button>
      );
    };
    const { container } = render(
      <GiftKitProvider api={fakeApi()} onCouponRemoved={() => { throw new Error('host bug'); }}>
        <GiftKitRoot name="checkout">
          <Fire />
        </GiftKitRoot>
      </GiftKitProvider>,
    );
    container.addEventListener('giftkit:couponRemoved', domListener);
    screen.getByRole('button').click();
    expect(domListener).toHaveBeenCalledTimes(1);
  });
});
