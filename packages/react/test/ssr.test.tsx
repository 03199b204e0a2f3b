// @vitest-environment node
// The node environment has no `window` or `document`: a component that reads either while
// rendering (or a module that does on import) throws here.
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type * as GiftKit from '@giftkit/react';
import { fakeApi } from './offlineApi';

type Kit = typeof GiftKit;
interface Case {
  /** What to render, inside a provider (and a `GiftKitRoot` for primitives). */
  render: (kit: Kit) => ReactElement;
  /** Fragments the HTML must contain: the component really rendered, not just its frame. */
  expects: readonly string[];
  /** Primitives render inside a root, like in a flow. @default false */
  inRoot?: boolean;
}

const noop = () => undefined;
const NOW = 1_767_225_600; // 2026-01-01T00:00:00Z: a fixed clock, so output is stable

/** Every exported component. A new export without a case here fails the last test. */
const CASES: Record<string, Case> = {
  GiftKitProvider: { render: (k) => <k.GiftKitRoot name="story">ready</k.GiftKitRoot>, expects: ['gk-root gk-story', 'ready'] },
  GiftKitRoot: { render: (k) => <k.GiftKitRoot name="checkout">inside</k.GiftKitRoot>, expects: ['gk-root gk-checkout', 'lang="fr"', 'inside'] },
  Checkout: { render: (k) => <k.Checkout offerId="offer_1" now={NOW} />, expects: ['gk-checkout', 'data-status="loading"', 'aria-busy="true"', 'Loading the offer…'] },
  GiftDeliveryForm: {
    render: (k) => <k.GiftDeliveryForm now={NOW} defaultTimeZone="Europe/Paris" onSubmit={noop} />,
    expects: ['gk-deliveryForm', 'Recipient’s email', 'value="Europe/Paris"', 'value="2026-01-01"', 'Personal note'],
  },
  GiftDeliveryFields: {
    render: (k) => <DeliveryFields kit={k} />,
    expects: ['gk-deliveryFields', 'Confirm the recipient’s email', 'value="Europe/Paris"'],
    inRoot: true,
  },
  CouponInput: { render: (k) => <k.CouponInput order={{ id: 'order_1', couponCode: null }} />, expects: ['gk-couponInput', 'Promotion code', '>Apply<'] },
  RedeemGift: { render: (k) => <k.RedeemGift code="seed new2" />, expects: ['gk-redeemGift', 'value="SEED-NEW2"'] },
  MyGifts: { render: (k) => <k.MyGifts now={NOW} />, expects: ['gk-myGifts', 'role="tablist"', 'Gifts I gave', 'Gifts I received', 'role="tabpanel"'] },
  GiftManager: { render: (k) => <k.GiftManager now={() => NOW} />, expects: ['gk-giftManager', 'role="search"', 'Search gifts', 'Prepare CSV report', 'Show analytics'] },
  Button: { render: (k) => <k.Button variant="primary">Pay</k.Button>, expects: ['gk-button gk-buttonPrimary', 'type="button"', '>Pay<'], inRoot: true },
  TextField: {
    render: (k) => <k.TextField id="email" label="Email" description="We send it here" issue="INVALID_EMAIL" required />,
    expects: ['<label', 'for="email"', 'aria-invalid="true"', 'aria-describedby=', 'We send it here', 'Enter an email address'],
    inRoot: true,
  },
  TextArea: { render: (k) => <k.TextArea id="note" label="Note" maxLength={255} defaultValue="Hi" />, expects: ['<textarea', 'gk-counter', '253 characters left'], inRoot: true },
  Select: {
    render: (k) => <k.Select id="plan" label="Plan" options={[{ value: 'm', label: 'Monthly' }]} defaultValue="m" />,
    expects: ['<select', 'gk-select', 'Monthly'],
    inRoot: true,
  },
  DateField: { render: (k) => <k.DateField id="day" value="2026-03-10" min="2026-01-01" max="2026-12-31" />, expects: ['type="date"', 'value="2026-03-10"', 'min="2026-01-01"', '>Date'], inRoot: true },
  HourField: { render: (k) => <k.HourField id="hour" value={18} />, expects: ['<select', 'Hour', '18:00'], inRoot: true },
  TimeZoneField: { render: (k) => <k.TimeZoneField id="tz" value="Asia/Tokyo" now={NOW * 1000} />, expects: ['role="combobox"', 'value="Asia/Tokyo"', 'Time zone'], inRoot: true },
  Checkbox: { render: (k) => <k.Checkbox id="agree" label="I agree" defaultChecked />, expects: ['type="checkbox"', 'checked=""', 'I agree'], inRoot: true },
  Toggle: { render: (k) => <k.Toggle id="gift" label="As a gift" checked onCheckedChange={noop} />, expects: ['role="switch"', 'checked=""', 'As a gift'], inRoot: true },
  Alert: { render: (k) => <k.Alert variant="danger" title="Payment failed">Try another card.</k.Alert>, expects: ['role="alert"', 'gk-alert', 'Payment failed', 'Try another card.'], inRoot: true },
  Spinner: { render: (k) => <k.Spinner label="Paying" />, expects: ['gk-spinner', 'role="status"', 'Paying'], inRoot: true },
  Skeleton: { render: (k) => <k.Skeleton lines={3} label="Loading the offer" />, expects: ['gk-skeleton', 'Loading the offer'], inRoot: true },
  Dialog: {
    render: (k) => (
      <k.Dialog open onClose={noop} title="Edit delivery" description="Change the date">
        body
      </k.Dialog>
    ),
    expects: ['role="dialog"', 'aria-modal="true"', 'Edit delivery', 'Change the date', 'Close dialog'],
    inRoot: true,
  },
  Stepper: {
    render: (k) => <k.Stepper steps={[{ id: 'details', label: 'Details' }, { id: 'pay', label: 'Pay' }]} current="pay" />,
    expects: ['gk-stepper', '<ol', 'aria-current="step"', 'Details', 'completed'],
    inRoot: true,
  },
  VisuallyHidden: { render: (k) => <k.VisuallyHidden>for screen readers</k.VisuallyHidden>, expects: ['<span', 'for screen readers'], inRoot: true },
};

/** `GiftDeliveryFields` takes the state of `useGiftDeliveryForm`: a host's own form. */
function DeliveryFields({ kit }: { kit: Kit }) {
  const form = kit.useGiftDeliveryForm({ now: NOW, defaultTimeZone: 'Europe/Paris' });
  return <kit.GiftDeliveryFields form={form} />;
}

/** Exported names that are components: capitalised, not constants such as `ELEMENT_KEYS`. */
const componentNames = (kit: Kit) => Object.keys(kit).filter((name) => /^[A-Z]/.test(name) && !/^[A-Z0-9_]+$/.test(name));

async function load(): Promise<Kit> {
  expect(typeof globalThis.window).toBe('undefined');
  expect(typeof globalThis.document).toBe('undefined');
  return import('@giftkit/react');
}

function renderCase(kit: Kit, { render, inRoot }: Case): string {
  const element = render(kit);
  return renderToString(
    <kit.GiftKitProvider api={fakeApi()} locale="fr" session={{ customerId: 'cus_ssr', role: 'operator' }}>
      {inRoot ? <kit.GiftKitRoot name="ssr">{element}</kit.GiftKitRoot> : element}
    </kit.GiftKitProvider>,
  );
}

describe('server rendering (no window, no document)', () => {
  it.each(Object.entries(CASES))('renders %s to a string', async (_name, testCase) => {
    const kit = await load();
    const html = renderCase(kit, testCase);
    for (const fragment of testCase.expects) expect(html).toContain(fragment);
  });

  it('has a case for every exported component', async () => {
    const kit = await load();
    expect(componentNames(kit).sort()).toEqual(Object.keys(CASES).sort());
  });
});
