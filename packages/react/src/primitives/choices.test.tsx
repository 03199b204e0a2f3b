import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DateField } from './DateField/DateField';
import { HourField } from './HourField/HourField';
import { Select } from './Select/Select';
import { renderInGiftKit } from './testing';

describe('Select', () => {
  it('is a labelled native select with a placeholder and an error', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    renderInGiftKit(
      <Select
        label="Offer"
        placeholder
        defaultValue=""
        error="Pick an offer."
        onValueChange={onValueChange}
        options={[
          { value: 'S1', label: 'Monthly' },
          { value: 'S2', label: 'Yearly' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Offer' });
    expect(select).toHaveClass('gk-select');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription('Error: Pick an offer.');
    expect(within(select).getByRole('option', { name: 'Choose…' })).toBeDisabled();
    await user.selectOptions(select, 'S2');
    expect(onValueChange).toHaveBeenCalledWith('S2');
  });
});

describe('HourField', () => {
  it('offers 24 hours written the viewer’s way, and reports a number', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    renderInGiftKit(<HourField value={9} onValueChange={onValueChange} />, { locale: 'en-US' });
    const select = screen.getByRole('combobox', { name: 'Hour' });
    const options = within(select).getAllByRole('option');
    expect(options).toHaveLength(24);
    expect(options[0]).toHaveTextContent('12:00 AM');
    expect(options[18]).toHaveTextContent('6:00 PM');
    expect(select).toHaveValue('9');
    await user.selectOptions(select, '18');
    expect(onValueChange).toHaveBeenCalledWith(18);
  });

  it('in French: label and 24-hour times', async () => {
    renderInGiftKit(<HourField value={null} />, { locale: 'fr' });
    const select = await screen.findByRole('combobox', { name: 'Heure' });
    expect(within(select).getByRole('option', { name: '18:00' })).toBeInTheDocument();
    expect(within(select).getByRole('option', { name: 'Choisir…' })).toBeInTheDocument();
  });

  it('can disable hours (already past today)', () => {
    renderInGiftKit(<HourField value={20} isHourDisabled={(h) => h < 12} />, { locale: 'de' });
    const options = within(screen.getByRole('combobox')).getAllByRole('option');
    expect(options[11]).toBeDisabled();
    expect(options[12]).not.toBeDisabled();
  });
});

describe('DateField', () => {
  it('is a labelled native date input bounded by min and max', () => {
    const onValueChange = vi.fn();
    renderInGiftKit(<DateField min="2026-01-10" max="2027-01-10" defaultValue="2026-02-01" required onValueChange={onValueChange} issue="IN_PAST" />);
    const input = screen.getByLabelText(/^Date/);
    expect(input).toHaveAttribute('type', 'date');
    expect(input).toHaveAttribute('min', '2026-01-10');
    expect(input).toHaveAttribute('max', '2027-01-10');
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).toHaveAccessibleDescription('Error: Choose a time that has not passed yet.');
    fireEvent.change(input, { target: { value: '2026-12-24' } });
    expect(onValueChange).toHaveBeenCalledWith('2026-12-24');
  });
});
