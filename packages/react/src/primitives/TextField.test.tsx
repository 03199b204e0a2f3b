import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TextField } from './TextField/TextField';
import { renderInGiftKit } from './testing';

describe('TextField', () => {
  it('is labelled and described by its hint', () => {
    renderInGiftKit(<TextField label="Recipient email" type="email" description="We send the gift here." />);
    const input = screen.getByRole('textbox', { name: 'Recipient email' });
    expect(input).toHaveAttribute('type', 'email');
    expect(input).toHaveClass('gk-input');
    expect(input).toHaveAccessibleDescription('We send the gift here.');
    expect(input).not.toHaveAttribute('aria-invalid');
  });

  it('ties the error to the field: aria-invalid, described by hint then error, data-invalid', () => {
    renderInGiftKit(<TextField label="Email" description="Hint." error="That is not an email." />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAttribute('data-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Hint. Error: That is not an email.');
    expect(input.closest('.gk-field')).toHaveAttribute('data-invalid', 'true');
    expect(screen.getByText('That is not an email.')).toHaveClass('gk-fieldError');
  });

  it('shows a core validation issue as localised text', async () => {
    renderInGiftKit(<TextField label="Adresse" issue="INVALID_EMAIL" />, { locale: 'fr' });
    expect(await screen.findByText('Saisissez une adresse e-mail comme nom@exemple.fr.')).toBeInTheDocument();
    expect(screen.getByRole('textbox')).toHaveAccessibleDescription('Erreur : Saisissez une adresse e-mail comme nom@exemple.fr.');
  });

  it('marks required fields for AT (aria-required) with a visual star only, without native validation', () => {
    renderInGiftKit(<TextField label="Email" required />);
    const input = screen.getByRole('textbox', { name: 'Email' });
    expect(input).toHaveAttribute('aria-required', 'true');
    expect(input).not.toHaveAttribute('required');
    expect(document.querySelector('.gk-requiredMarker')).toHaveAttribute('aria-hidden', 'true');
  });

  it('can say “(optional)”', () => {
    renderInGiftKit(<TextField label="Name" showOptional />);
    expect(screen.getByRole('textbox', { name: 'Name (optional)' })).toBeInTheDocument();
  });

  it('reports typing through onValueChange and onChange', async () => {
    const user = userEvent.setup({ delay: null });
    const onValueChange = vi.fn();
    const onChange = vi.fn();
    renderInGiftKit(<TextField label="Name" onValueChange={onValueChange} onChange={onChange} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ada');
    expect(onValueChange).toHaveBeenLastCalledWith('Ada');
    expect(onChange).toHaveBeenCalledTimes(3);
  });

  it('uses a given id and disables', () => {
    renderInGiftKit(<TextField label="Code" id="gift-code" disabled />);
    const input = screen.getByRole('textbox', { name: 'Code' });
    expect(input).toHaveAttribute('id', 'gift-code');
    expect(input).toBeDisabled();
    expect(input.closest('.gk-field')).toHaveAttribute('data-disabled', 'true');
  });
});
