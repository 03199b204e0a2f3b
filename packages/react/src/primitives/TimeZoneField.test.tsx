import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FALLBACK_TIME_ZONES, availableTimeZones, filterTimeZones, formatOffset, searchKey, toEntry, utcOffsetMinutes } from './TimeZoneField/timeZones';
import { TimeZoneField } from './TimeZoneField/TimeZoneField';
import { renderInGiftKit } from './testing';

const JAN_2026 = Date.UTC(2026, 0, 15, 12);

function Picker({ initial = 'Europe/Paris', onPick = () => undefined }: { initial?: string; onPick?: (zone: string) => void }) {
  const [zone, setZone] = useState(initial);
  return (
    <TimeZoneField
      value={zone}
      now={JAN_2026}
      onValueChange={(next) => {
        setZone(next);
        onPick(next);
      }}
    />
  );
}

const combobox = () => screen.getByRole('combobox', { name: 'Time zone' });
const listbox = () => screen.getByRole('listbox', { name: 'Time zone' });

describe('time zone search helpers', () => {
  it('ignores case, accents, spaces and underscores', () => {
    expect(searchKey('  São_Paulo ')).toBe('saopaulo');
    const entries = ['America/New_York', 'America/Sao_Paulo', 'Europe/Paris', 'America/Paramaribo'].map(toEntry);
    expect(filterTimeZones(entries, 'new york').map((e) => e.id)).toEqual(['America/New_York']);
    expect(filterTimeZones(entries, 'NEW_YORK').map((e) => e.id)).toEqual(['America/New_York']);
    expect(filterTimeZones(entries, 'são paulo').map((e) => e.id)).toEqual(['America/Sao_Paulo']);
    expect(filterTimeZones(entries, 'europe/').map((e) => e.id)).toEqual(['Europe/Paris']);
    // cities that start with the query come first
    expect(filterTimeZones(entries, 'par').map((e) => e.id)).toEqual(['Europe/Paris', 'America/Paramaribo']);
    expect(filterTimeZones(entries, '').length).toBe(4);
  });
  it('formats offsets with a real minus sign, and knows odd ones', () => {
    expect(formatOffset(0)).toBe('');
    expect(formatOffset(345)).toBe('+05:45');
    expect(formatOffset(-210)).toBe('\u221203:30');
    expect(utcOffsetMinutes('Asia/Kathmandu', JAN_2026)).toBe(345);
    expect(utcOffsetMinutes('Europe/Paris', Date.UTC(2026, 6, 1))).toBe(120);
    expect(utcOffsetMinutes('Nowhere/Else', JAN_2026)).toBeNull();
  });
  it('lists the runtime’s zones, or a fallback list without Intl.supportedValuesOf', () => {
    expect(availableTimeZones().length).toBeGreaterThan(300);
    expect(availableTimeZones()).toContain('UTC');
    vi.spyOn(Intl, 'supportedValuesOf').mockImplementation(() => {
      throw new RangeError('unsupported');
    });
    expect(availableTimeZones()).toEqual([...FALLBACK_TIME_ZONES]);
    vi.restoreAllMocks();
  });
});

describe('TimeZoneField (ARIA 1.2 combobox)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts closed, showing the chosen zone, wired to its listbox', () => {
    renderInGiftKit(<Picker />);
    const input = combobox();
    expect(input).toHaveValue('Europe/Paris');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const controls = input.getAttribute('aria-controls') ?? '';
    expect(document.getElementById(controls)).toHaveAttribute('role', 'listbox');
    expect(input).not.toHaveAttribute('aria-activedescendant');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('filters by city with spaces or underscores, shows offsets, picks with the keyboard', async () => {
    const user = userEvent.setup({ delay: null });
    const onPick = vi.fn();
    renderInGiftKit(<Picker onPick={onPick} />);
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'new york');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    const option = within(listbox()).getByRole('option', { name: /New York/ });
    expect(option).toHaveTextContent('America/New_York · UTC\u221205:00');
    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(onPick).toHaveBeenCalledWith('America/New_York');
    expect(input).toHaveValue('America/New_York');
    expect(input).toHaveAttribute('aria-expanded', 'false');
  });

  it('moves with arrows, Home and End, and keeps the highlight rendered', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Picker />);
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'america/');
    await user.keyboard('{ArrowDown}');
    const active = () => document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveAttribute('aria-posinset', '1');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(active()).toHaveAttribute('aria-posinset', '3');
    await user.keyboard('{ArrowUp}');
    expect(active()).toHaveAttribute('aria-posinset', '2');
    await user.keyboard('{End}');
    const total = Number(active()?.getAttribute('aria-setsize'));
    expect(total).toBeGreaterThan(100);
    expect(active()).toHaveAttribute('aria-posinset', String(total));
    expect(screen.getAllByRole('option').length).toBeLessThanOrEqual(50);
    await user.keyboard('{Home}');
    expect(active()).toHaveAttribute('aria-posinset', '1');
  });

  it('never renders hundreds of options: caps at 50 and asks to keep typing', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Picker />);
    const input = combobox();
    await user.click(input);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('option')).toHaveLength(50);
    const hint = screen.getByText(/Keep typing to narrow the list/);
    expect(hint).toHaveTextContent(/Showing 50 of \d{3} time zones/);
    expect(input.getAttribute('aria-describedby')).toContain(hint.id);
    // Opening highlights the chosen zone, rendered even far down the list.
    const chosen = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(chosen).toHaveTextContent('Europe/Paris');
  });

  it('announces the results count politely once typing pauses', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Picker />);
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'kolk');
    const status = () => screen.getAllByRole('status').find((el) => el.textContent !== '' || el.closest('.gk-field'));
    await waitFor(() => expect(status()).toHaveTextContent(/^1 time zone$/));
    await user.type(input, 'zzz');
    await waitFor(() => expect(status()).toHaveTextContent('No time zone matches “kolkzzz”.'));
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText('No time zone matches “kolkzzz”.', { selector: '.gk-comboboxStatus' })).toBeVisible();
  });

  it('Escape closes the list, then a second Escape restores the chosen zone', async () => {
    const user = userEvent.setup({ delay: null });
    const onPick = vi.fn();
    renderInGiftKit(<Picker onPick={onPick} />);
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'tok');
    expect(input).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveValue('tok');
    await user.keyboard('{Escape}');
    expect(input).toHaveValue('Europe/Paris');
    expect(onPick).not.toHaveBeenCalled();
  });

  it('picks with the mouse and keeps focus in the input', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Picker />);
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'kathmandu');
    await user.click(screen.getByRole('option', { name: /Kathmandu/ }));
    expect(input).toHaveValue('Asia/Kathmandu');
    expect(input).toHaveFocus();
  });

  it('pressing inside the list (its scrollbar, the hint) keeps it open and focused', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Picker />);
    const input = combobox();
    await user.click(input);
    await user.pointer({ keys: '[MouseLeft]', target: screen.getByText(/Keep typing/) });
    await user.pointer({ keys: '[MouseLeft]', target: listbox() });
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-expanded', 'true');
  });

  it('Enter with one result picks it; Enter never submits the form while open', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    renderInGiftKit(
      <form aria-label="f" onSubmit={onSubmit}>
        <Picker />
      </form>,
    );
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'lord howe{Enter}');
    expect(input).toHaveValue('Australia/Lord_Howe');
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('blur reverts an unfinished search, but accepts a fully typed id', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(
      <>
        <Picker />
        <button type="button">next</button>
      </>,
    );
    const input = combobox();
    await user.clear(input);
    await user.type(input, 'berl');
    await user.tab();
    expect(input).toHaveValue('Europe/Paris');
    await user.clear(input);
    await user.type(input, 'asia/tokyo');
    await user.tab();
    expect(input).toHaveValue('Asia/Tokyo');
  });

  it('shows an issue and is localised', async () => {
    renderInGiftKit(<TimeZoneField value="Europe/Paris" issue="INVALID_TIME_ZONE" />, { locale: 'fr' });
    const input = await screen.findByRole('combobox', { name: 'Fuseau horaire' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Erreur : Choisissez un fuseau horaire dans la liste.');
    expect(input).toHaveAttribute('placeholder', 'Rechercher un fuseau horaire');
  });

  it('keeps an unlisted alias that the runtime accepts', () => {
    renderInGiftKit(<TimeZoneField value="Asia/Calcutta" zones={['Europe/Paris']} />);
    expect(combobox()).toHaveValue('Asia/Calcutta');
  });
});

describe('zone names', () => {
  it('lists current names even where the engine lists old ones, and still accepts the old ones', async () => {
    const { currentZoneName } = await import('./TimeZoneField/timeZones');
    expect(currentZoneName('Asia/Calcutta')).toBe('Asia/Kolkata');
    expect(currentZoneName('Europe/Kiev')).toBe('Europe/Kyiv');
    expect(currentZoneName('Europe/Paris')).toBe('Europe/Paris');
    expect(availableTimeZones()).toContain('Asia/Kolkata');
    expect(availableTimeZones()).not.toContain('Asia/Calcutta');
    renderInGiftKit(<TimeZoneField value="Asia/Calcutta" now={JAN_2026} />);
    const input = screen.getByRole('combobox');
    expect(input).toHaveValue('Asia/Calcutta');
    await userEvent.setup({ delay: null }).click(input);
    const chosen = document.getElementById(input.getAttribute('aria-activedescendant') ?? '');
    expect(chosen).toHaveTextContent('Asia/Kolkata · UTC+05:30');
  });
});
