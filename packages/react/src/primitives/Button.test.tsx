import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState, type FormEvent } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Button } from './Button/Button';
import { renderInGiftKit } from './testing';

describe('Button', () => {
  it('carries its classes, variant and type (button by default, never an accidental submit)', () => {
    renderInGiftKit(
      <>
        <Button>Save</Button>
        <Button variant="danger">Delete</Button>
        <Button variant="link">Edit</Button>
      </>,
    );
    const save = screen.getByRole('button', { name: 'Save' });
    expect(save).toHaveClass('gk-button', 'gk-buttonPrimary');
    expect(save).toHaveAttribute('type', 'button');
    expect(save).toHaveAttribute('data-variant', 'primary');
    expect(screen.getByRole('button', { name: 'Delete' })).toHaveClass('gk-buttonDanger');
    expect(screen.getByRole('button', { name: 'Edit' })).toHaveAttribute('data-variant', 'link');
  });

  it('while loading: busy, a spinner, keeps focus, and ignores clicks', async () => {
    const user = userEvent.setup({ delay: null });
    const onClick = vi.fn();
    renderInGiftKit(
      <Button loading onClick={onClick}>
        Pay
      </Button>,
    );
    const button = screen.getByRole('button', { name: /Pay/ });
    expect(button).toHaveAttribute('aria-busy', 'true');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('data-loading', 'true');
    expect(button).not.toBeDisabled(); // still focusable
    expect(button).toHaveAccessibleName('Pay Loading…');
    expect(button.querySelector('.gk-spinner')).toHaveAttribute('aria-hidden', 'true');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
  });

  it('never submits a form twice while the submission is loading', async () => {
    const user = userEvent.setup({ delay: null });
    const onSubmit = vi.fn();
    function PayForm() {
      const [paying, setPaying] = useState(false);
      return (
        <form
          aria-label="pay"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            onSubmit();
            setPaying(true);
          }}
        >
          <input aria-label="Card" />
          <Button type="submit" loading={paying}>
            Pay
          </Button>
        </form>
      );
    }
    renderInGiftKit(<PayForm />);
    const button = screen.getByRole('button', { name: /Pay/ });
    await user.click(button);
    await user.click(button);
    await user.dblClick(button);
    await user.type(screen.getByLabelText('Card'), '{Enter}'); // implicit submission
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('is busy while a returned promise is pending, and ignores clicks meanwhile', async () => {
    const user = userEvent.setup({ delay: null });
    let resolve: () => void = () => undefined;
    const onClick = vi.fn(() => new Promise<void>((r) => (resolve = r)));
    renderInGiftKit(<Button onClick={onClick}>Redeem</Button>);
    const button = screen.getByRole('button', { name: /Redeem/ });
    await user.click(button);
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(1);
    resolve();
    await waitFor(() => expect(button).not.toHaveAttribute('aria-busy'));
    await user.click(button);
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('disabled is really disabled', async () => {
    const user = userEvent.setup({ delay: null });
    const onClick = vi.fn();
    renderInGiftKit(
      <Button disabled onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('data-disabled', 'true');
    await user.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('says “loading” in the viewer’s language', async () => {
    renderInGiftKit(<Button loading>Payer</Button>, { locale: 'fr' });
    await waitFor(() => expect(screen.getByRole('button')).toHaveAccessibleName('Payer Chargement…'));
  });
});
