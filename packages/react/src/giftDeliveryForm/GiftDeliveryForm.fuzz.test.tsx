import { act, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { PERSONAL_NOTE_MAX_LENGTH, isValidTimeZone, textLength, validateDeliveryForm, validateEmail, type DeliveryFormValues } from '@giftkit/core';
import { GiftKitProvider } from '../provider/GiftKitProvider';
import { offlineGiftsApi } from '../primitives/testing';
import { GiftDeliveryForm, type GiftDeliveryFormProps } from './GiftDeliveryForm';

// 2026-03-02 09:30 UTC, the simulated platform's seeded "now".
const NOW = 1772443800;


/** Markup a hostile string would produce if it were ever rendered as HTML. */
const INJECTED = 'script, img, iframe, b, svg';

const hostileText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<b>bold</b>',
    '\u202Eevil@example.com',
    'a\u200Bb@example.com',
    '😀@example.com',
    'x'.repeat(10_000),
    '\u0000',
    'زهرة@example.com',
    '  Carol@Example.com \n',
    'line\r\nbreak',
    '{{count}} $t(common.retry)',
  ),
);
const email = fc.oneof({ arbitrary: hostileText, weight: 1 }, { arbitrary: fc.emailAddress(), weight: 2 });
/** The confirmation: typed independently, or the address again with other case and spaces. */
const confirmationOf = (address: string) =>
  fc.oneof(hostileText, fc.constantFrom(address, ` ${address.toUpperCase()} `, address.toLowerCase(), `${address}\u200B`));
/** Dates as a date input may receive them: in and out of the window, and not dates at all. */
const dateText = fc.oneof(
  { arbitrary: fc.date({ min: new Date('2026-02-20T00:00:00Z'), max: new Date('2027-03-10T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), weight: 3 },
  { arbitrary: fc.constantFrom('', '2026-02-30', '2026-13-01', '0000-01-01', '+275760-09-13', '2026-3-5', '2026-03-10T10:00', '٢٠٢٦-٠٣-١٠'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);
const hostileForm: fc.Arbitrary<HostileForm> = email.chain((address) =>
  fc.record({
    email: fc.constant(address),
    confirmation: confirmationOf(address),
    name: hostileText,
    note: hostileText,
    date: dateText,
    hour: fc.integer({ min: 0, max: 23 }),
  }),
);
const zoneSearch: fc.Arbitrary<ZoneSearch> = fc.record({
  query: fc.oneof(
    hostileText,
    fc.constantFrom('paris', 'Europe/Paris', 'europe/paris ', 'new york', 'UTC', 'Etc/GMT+12', 'Pacific/Kiritimati', '../../etc/passwd', 'Europe/Paris\u200B', ''),
  ),
  then: fc.constantFrom('blur', 'pick', 'escape'),
});

interface FuzzForm {
  container: HTMLElement;
  onSubmit: ReturnType<typeof vi.fn<GiftDeliveryFormProps['onSubmit']>>;
}

/** A fresh form (zone UTC), always unmounted, so a failing run leaves nothing behind. */
function withFuzzForm(initialValues: Partial<DeliveryFormValues>, check: (form: FuzzForm) => void): void {
  const onSubmit = vi.fn<GiftDeliveryFormProps['onSubmit']>();
  const { container, unmount } = render(
    <GiftKitProvider api={offlineGiftsApi()}>
      <GiftDeliveryForm now={NOW} defaultTimeZone="UTC" onSubmit={onSubmit} initialValues={initialValues} />
    </GiftKitProvider>,
  );
  try {
    check({ container, onSubmit });
  } finally {
    unmount();
  }
}

const textbox = (name: RegExp) => screen.getByRole<HTMLInputElement>('textbox', { name });
/** One-line inputs drop line breaks (the HTML value sanitisation); then the form trims. */
const oneLine = (value: string) => value.replace(/[\r\n]/g, '').trim();

type HostileForm = { email: string; confirmation: string; name: string; note: string; date: string; hour: number };

function checkHostileForm({ container, onSubmit }: FuzzForm, { email, confirmation, name, note, date, hour }: HostileForm): void {
  // Found by role and label once per form: role queries walk the whole tree, and jsdom makes
  // them the slowest part of a run (the elements stay the same across the typing).
  const dateInput = screen.getByLabelText<HTMLInputElement>(/^Date/);
  const [emailBox, confirmBox, nameBox, noteBox] = [/Recipient’s email/, /Confirm/, /Recipient’s name/, /Personal note/].map(textbox) as [HTMLInputElement, HTMLInputElement, HTMLInputElement, HTMLInputElement];
  // One render for all the typing (each input event still goes through its field's handler).
  act(() => {
    fireEvent.change(emailBox, { target: { value: email } });
    fireEvent.change(confirmBox, { target: { value: confirmation } });
    fireEvent.change(nameBox, { target: { value: name } });
    fireEvent.change(noteBox, { target: { value: note } });
    fireEvent.change(dateInput, { target: { value: date } });
    fireEvent.change(screen.getByRole('combobox', { name: /Hour/ }), { target: { value: String(hour) } });
  });
  fireEvent.submit(container.querySelector('form') as HTMLFormElement);

  expect(container.querySelector(INJECTED)).toBeNull();
  // Submitted exactly when core accepts what the inputs really hold.
  const held: DeliveryFormValues = {
    recipientEmail: emailBox.value,
    recipientEmailConfirmation: confirmBox.value,
    recipientName: nameBox.value,
    date: dateInput.value,
    hour,
    timeZone: 'UTC',
    personalNote: noteBox.value,
  };
  expect(onSubmit.mock.calls.length).toBe(validateDeliveryForm(held, NOW).ok ? 1 : 0);
  const call = onSubmit.mock.calls[0];
  if (!call) {
    expect(container.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
    expect(document.activeElement).toHaveAttribute('aria-invalid', 'true');
    return;
  }
  // And what is sent is the typed values, normalised, nothing else.
  const [details] = call;
  expect(details.recipientEmail).toBe(oneLine(email));
  expect(validateEmail(details.recipientEmail)).toBeNull();
  expect(details.recipientEmail.toLowerCase()).toBe(oneLine(confirmation).toLowerCase());
  expect(details.recipientName).toBe(oneLine(name) || undefined);
  expect(details.personalNote).toBe(note.replace(/\r\n?/g, '\n').trim());
  expect(textLength(details.personalNote)).toBeLessThanOrEqual(PERSONAL_NOTE_MAX_LENGTH);
  expect(details.timeZone).toBe('UTC');
  expect(details.deliveryDate).toBe(Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00Z`) / 1000);
  expect(details.deliveryDate).toBeGreaterThan(NOW - 3600);
  expect(details.deliveryDate).toBeLessThanOrEqual(NOW + 366 * 86_400);
}

type ZoneSearch = { query: string; then: 'blur' | 'pick' | 'escape' };

function checkZoneSearches({ container, onSubmit }: FuzzForm, delivery: ZoneSearch, recipient: ZoneSearch): void {
  fireEvent.click(screen.getByRole('checkbox', { name: /recipient in another time zone/ }));
  for (const [label, search] of [[/Your time zone/, delivery], [/Recipient’s time zone/, recipient]] as const) {
    const box = screen.getByRole<HTMLInputElement>('combobox', { name: label });
    fireEvent.focus(box);
    fireEvent.change(box, { target: { value: search.query } });
    // No match: the query is repeated verbatim, as text (never markup, never a nested key).
    const noMatch = screen.queryByText(/^No time zone matches/);
    if (noMatch) expect(noMatch.textContent).toBe(`No time zone matches “${box.value}”.`);
    expect(container.querySelector(INJECTED)).toBeNull();
    if (search.then === 'pick') {
      fireEvent.keyDown(box, { key: 'ArrowDown' });
      fireEvent.keyDown(box, { key: 'Enter' });
    } else if (search.then === 'escape') fireEvent.keyDown(box, { key: 'Escape' });
    fireEvent.blur(box);
    expect(isValidTimeZone(box.value)).toBe(true);
  }
  fireEvent.submit(container.querySelector('form') as HTMLFormElement);
  const call = onSubmit.mock.calls[0];
  expect(call).toBeDefined();
  const [details, , context] = call as Parameters<GiftDeliveryFormProps['onSubmit']>;
  expect(details.timeZone).toBe(screen.getByRole<HTMLInputElement>('combobox', { name: /Your time zone/ }).value);
  expect(isValidTimeZone(details.timeZone ?? '')).toBe(true);
  expect(isValidTimeZone(context.recipientTimeZone ?? '')).toBe(true);
}


/** Hostile input on every field (fast-check). Kept apart so quicker suites can skip it. */
describe('GiftDeliveryForm under hostile input', () => {
  it('hostile email, confirmation, name, note and date: a field error or exactly the normalised values', () => {
    fc.assert(
      fc.property(hostileForm, (input) => withFuzzForm({}, (form) => checkHostileForm(form, input))),
      { numRuns: 50 },
    );
  }, 240_000);

  it('hostile searches in both time-zone boxes: never a crash, the query shown as text, only real zones submitted', () => {
    const valid = { recipientEmail: 'a@example.com', recipientEmailConfirmation: 'a@example.com', date: '2026-03-10', hour: 12 };
    fc.assert(
      fc.property(zoneSearch, zoneSearch, (delivery, recipient) => withFuzzForm(valid, (form) => checkZoneSearches(form, delivery, recipient))),
      { numRuns: 30 },
    );
  }, 240_000);

  it('handles dates across DST and the date line without crashing', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-03-01T00:00:00Z'), max: new Date('2027-03-01T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 23 }),
        fc.constantFrom('Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Paris', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kathmandu'),
        (day, hour, zone) => {
          const onSubmit = vi.fn();
          const { unmount, container } = render(
            <GiftKitProvider api={offlineGiftsApi()}>
              <GiftDeliveryForm now={NOW} onSubmit={onSubmit} initialValues={{ recipientEmail: 'a@example.com', recipientEmailConfirmation: 'a@example.com', date: day.toISOString().slice(0, 10), hour, timeZone: zone }} />
            </GiftKitProvider>,
          );
          fireEvent.submit(container.querySelector('form') as HTMLFormElement);
          if (onSubmit.mock.calls.length === 0) expect(container.querySelectorAll('[aria-invalid="true"]').length).toBeGreaterThan(0);
          unmount();
        },
      ),
      { numRuns: 50 },
    );
  }, 60_000);
});

