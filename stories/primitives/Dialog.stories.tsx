import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button, Dialog, TextField, TimeZoneField, useT, type DialogProps } from '@giftkit/react';

function EditDelivery({ startOpen = false, ...props }: Partial<DialogProps> & { startOpen?: boolean }) {
  const { t } = useT();
  const [open, setOpen] = useState(startOpen);
  const close = () => setOpen(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Edit delivery
      </Button>
      <Dialog
        title="Edit delivery"
        description="You can change these until the day before delivery."
        {...props}
        open={open}
        onClose={close}
        actions={
          <>
            <Button variant="secondary" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button onClick={close}>{t('common.save')}</Button>
          </>
        }
      >
        <TextField label="Recipient email" type="email" defaultValue="ada@example.com" />
        <TimeZoneField defaultValue="Europe/Paris" />
      </Dialog>
    </>
  );
}

const meta = {
  title: 'Primitives/Dialog',
  component: EditDelivery,
  parameters: { layout: 'fullscreen' },
} satisfies Meta<typeof EditDelivery>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Focus moves in, Tab and Shift+Tab stay inside. Rendered inside the GiftKit root, not in <body>. */
export const Open: Story = {
  args: { startOpen: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const dialog = canvas.getByRole('dialog', { name: 'Edit delivery' });
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    await expect(dialog.closest('.gk-root')).not.toBeNull();
    await expect(within(dialog).getByRole('textbox', { name: 'Recipient email' })).toHaveFocus();
    await userEvent.tab(); // time zone
    await userEvent.tab(); // cancel
    await userEvent.tab(); // save
    await expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
    await userEvent.tab(); // wraps to the close button
    await expect(within(dialog).getByRole('button', { name: 'Close dialog' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
  },
};

/** Escape closes and focus returns to the button that opened it. */
export const EscapeReturnsFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const opener = canvas.getByRole('button', { name: 'Edit delivery' });
    await userEvent.click(opener);
    await expect(canvas.getByRole('dialog')).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    await expect(canvas.queryByRole('dialog')).not.toBeInTheDocument();
    await expect(opener).toHaveFocus();
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { startOpen: true } };

export const French: Story = {
  globals: { locale: 'fr' },
  args: { startOpen: true, title: 'Modifier la livraison', description: 'Modifiable jusqu’à la veille.' },
  play: async ({ canvasElement }) => {
    const dialog = within(canvasElement).getByRole('dialog', { name: 'Modifier la livraison' });
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Fermer la fenêtre' })).toBeInTheDocument());
    await expect(within(dialog).getByRole('button', { name: 'Enregistrer' })).toBeInTheDocument();
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' }, args: { startOpen: true, title: 'تعديل التسليم', description: 'ada@example.com' } };
