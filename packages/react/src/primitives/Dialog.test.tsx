import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Button } from './Button/Button';
import { Dialog } from './Dialog/Dialog';
import { TextField } from './TextField/TextField';
import { TimeZoneField } from './TimeZoneField/TimeZoneField';
import { renderInGiftKit } from './testing';

function EditGift({ withZone = false }: { withZone?: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Edit delivery</Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title="Edit delivery"
        description="Changes are possible until the day before."
        actions={
          <>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button onClick={() => setOpen(false)}>Save</Button>
          </>
        }
      >
        <TextField label="Recipient email" />
        {withZone ? <TimeZoneField value="Europe/Paris" /> : null}
      </Dialog>
    </>
  );
}

describe('Dialog', () => {
  it('is a modal dialog named by its title, rendered inside the GiftKit root', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<EditGift />);
    await user.click(screen.getByRole('button', { name: 'Edit delivery' }));
    const dialog = screen.getByRole('dialog', { name: 'Edit delivery' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(dialog).toHaveAccessibleDescription('Changes are possible until the day before.');
    expect(dialog).toHaveClass('gk-dialog');
    expect(dialog.closest('.gk-root')).not.toBeNull(); // no portal to <body>
    expect(dialog.closest('.gk-dialogOverlay')).not.toBeNull();
  });

  it('moves focus to the first field, traps Tab and Shift+Tab, and returns focus on Escape', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<EditGift />);
    const opener = screen.getByRole('button', { name: 'Edit delivery' });
    await user.click(opener);
    const email = screen.getByRole('textbox', { name: 'Recipient email' });
    expect(email).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.tab(); // wraps to the first tabbable: the close button in the header
    expect(screen.getByRole('button', { name: 'Close dialog' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('closes with its close button and returns focus', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<EditGift />);
    const opener = screen.getByRole('button', { name: 'Edit delivery' });
    await user.click(opener);
    await user.click(screen.getByRole('button', { name: 'Close dialog' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
  });

  it('Escape in an open combobox closes the list, not the dialog', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<EditGift withZone />);
    await user.click(screen.getByRole('button', { name: 'Edit delivery' }));
    const zone = screen.getByRole('combobox', { name: 'Time zone' });
    await user.click(zone);
    expect(zone).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(zone).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('labels its close button in the viewer’s language', async () => {
    renderInGiftKit(<Dialog open onClose={() => undefined} title="Modifier" />, { locale: 'fr' });
    expect(await screen.findByRole('button', { name: 'Fermer la fenêtre' })).toHaveFocus();
  });
});

describe('Dialog pointer use', () => {
  it('a press on the overlay keeps focus inside and only closes when allowed', async () => {
    const user = userEvent.setup({ delay: null });
    const { rerender } = renderInGiftKit(
      <Dialog open onClose={() => undefined} title="Stay">
        <TextField label="Note" />
      </Dialog>,
    );
    const note = screen.getByRole('textbox', { name: 'Note' });
    expect(note).toHaveFocus();
    const overlay = document.querySelector('.gk-dialogOverlay') as HTMLElement;
    await user.pointer({ keys: '[MouseLeft]', target: overlay });
    expect(note).toHaveFocus();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
    let closed = false;
    rerender(
      <Dialog open onClose={() => (closed = true)} title="Stay" closeOnOverlayClick>
        <TextField label="Note" />
      </Dialog>,
    );
    await user.pointer({ keys: '[MouseLeft]', target: overlay });
    expect(closed).toBe(true);
  });
});
