import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { Alert, useT } from '@giftkit/react';

const meta = {
  title: 'Primitives/Alert',
  component: Alert,
  args: { children: 'Your gift is scheduled for 24 December at 18:00.' },
} satisfies Meta<typeof Alert>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Info: Story = {
  play: async ({ canvasElement }) => {
    const status = within(canvasElement).getByRole('status');
    await expect(status).toHaveAttribute('data-variant', 'info');
    await expect(status).toHaveTextContent('Information: Your gift is scheduled');
  },
};

export const Success: Story = { args: { variant: 'success', title: 'Gift sent', children: 'We emailed the recipient their code.' } };

export const Warning: Story = { args: { variant: 'warning', children: 'Delivery details can be changed until the day before delivery.' } };

/** Danger interrupts (`role="alert"`) and can offer a retry. */
export const DangerWithRetry: Story = {
  args: { variant: 'danger', title: 'Connection lost', children: 'We could not reach the service. Check your connection and try again.', onAction: fn() },
  play: async ({ canvasElement, args }) => {
    const alert = within(canvasElement).getByRole('alert');
    await expect(alert).toHaveTextContent('Error: Connection lost');
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await expect(args.onAction).toHaveBeenCalledTimes(1);
  },
};

function Everything() {
  return (
    <div style={{ display: 'grid', gap: 12 }}>
      <Alert>Information.</Alert>
      <Alert variant="success">Success.</Alert>
      <Alert variant="warning">Warning.</Alert>
      <Alert variant="danger" title="Error" onAction={() => undefined}>
        Something went wrong.
      </Alert>
    </div>
  );
}

export const DarkTheme: Story = { globals: { theme: 'dark' }, render: () => <Everything /> };

function NetworkError() {
  const { t } = useT();
  return (
    <Alert variant="danger" onAction={() => undefined}>
      {t('errors.NETWORK')}
    </Alert>
  );
}

/** The message comes from `errors.<CODE>`, the button and the hidden prefix from the locale. */
export const Spanish: Story = {
  globals: { locale: 'es' },
  render: () => <NetworkError />,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByRole('button', { name: 'Reintentar' })).toBeInTheDocument());
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent(/Error: No podemos/);
  },
};

export const RightToLeft: Story = { globals: { locale: 'ar' }, render: () => <NetworkError /> };
