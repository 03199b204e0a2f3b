import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { HourField, type HourFieldProps } from '@giftkit/react';

function Hour(props: HourFieldProps) {
  const [hour, setHour] = useState<number | null>(props.value ?? null);
  return (
    <>
      <HourField {...props} value={hour} onValueChange={setHour} />
      <p>Chosen: {hour ?? '—'}</p>
    </>
  );
}

const meta = {
  title: 'Primitives/HourField',
  component: HourField,
  args: { value: 18 },
  render: (args) => <Hour {...args} />,
} satisfies Meta<typeof HourField>;
export default meta;
type Story = StoryObj<typeof meta>;

/** 24 whole hours, written the viewer's way through Intl (English: 6:00 PM). */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const select = canvas.getByRole('combobox', { name: 'Hour' });
    await expect(within(select).getAllByRole('option')).toHaveLength(24);
    await expect(within(select).getByRole('option', { name: '6:00 PM' })).toBeInTheDocument();
    await userEvent.selectOptions(select, '9');
    await expect(canvas.getByText('Chosen: 9')).toBeInTheDocument();
  },
};

export const NotChosenYet: Story = {
  args: { value: null, required: true, issue: 'INVALID_HOUR' },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Hour' });
    await expect(select).toHaveValue('');
    await expect(select).toHaveAttribute('aria-invalid', 'true');
  },
};

/** Hours already past today can be disabled. */
export const SomeHoursDisabled: Story = {
  args: { value: 20, isHourDisabled: (hour: number) => hour < 14, description: 'Hours already past today cannot be chosen.' },
  play: async ({ canvasElement }) => {
    const select = within(canvasElement).getByRole('combobox', { name: 'Hour' });
    await expect(within(select).getAllByRole('option')[13]).toBeDisabled();
  },
};

/** French: 24-hour clock. */
export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const select = await within(canvasElement).findByRole('combobox', { name: 'Heure' });
    await waitFor(() => expect(within(select).getByRole('option', { name: '18:00' })).toBeInTheDocument());
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };
