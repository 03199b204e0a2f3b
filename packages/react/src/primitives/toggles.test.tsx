import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Checkbox } from './Checkbox/Checkbox';
import { Toggle } from './Toggle/Toggle';
import { renderInGiftKit } from './testing';

describe('Checkbox', () => {
  it('is labelled, described, and toggles by its label', async () => {
    const user = userEvent.setup({ delay: null });
    const onCheckedChange = vi.fn();
    renderInGiftKit(<Checkbox label="Send me a copy" description="To your own address." onCheckedChange={onCheckedChange} />);
    const box = screen.getByRole('checkbox', { name: 'Send me a copy' });
    expect(box).toHaveClass('gk-checkbox');
    expect(box).toHaveAccessibleDescription('To your own address.');
    await user.click(screen.getByText('Send me a copy'));
    expect(box).toBeChecked();
    expect(box).toHaveAttribute('data-state', 'checked');
    expect(onCheckedChange).toHaveBeenCalledWith(true);
  });
  it('ties a required error to the box', () => {
    renderInGiftKit(<Checkbox label="I accept the terms" required issue="REQUIRED" />);
    const box = screen.getByRole('checkbox', { name: 'I accept the terms' });
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAttribute('aria-required', 'true');
    expect(box).toHaveAccessibleDescription('Error: This field is required.');
  });
});

describe('Toggle', () => {
  it('is a switch, toggled by click and Space', async () => {
    const user = userEvent.setup({ delay: null });
    const onCheckedChange = vi.fn();
    renderInGiftKit(<Toggle label="Buy as a gift" onCheckedChange={onCheckedChange} />);
    const toggle = screen.getByRole('switch', { name: 'Buy as a gift' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(toggle.closest('.gk-toggle')).toHaveAttribute('data-state', 'checked');
    toggle.focus();
    await user.keyboard(' ');
    expect(toggle).not.toBeChecked();
    expect(onCheckedChange.mock.calls).toEqual([[true], [false]]);
  });
  it('explains why it is disabled', () => {
    renderInGiftKit(<Toggle label="For myself" disabled description="You already have this subscription." />);
    const toggle = screen.getByRole('switch', { name: 'For myself' });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription('You already have this subscription.');
  });
});
