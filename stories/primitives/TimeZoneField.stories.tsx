import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { TimeZoneField, type TimeZoneFieldProps } from '@giftkit/react';

function Zone(props: TimeZoneFieldProps) {
  const [zone, setZone] = useState(props.value ?? 'Europe/Paris');
  return (
    <div style={{ maxInlineSize: 420, minBlockSize: 420 }}>
      <TimeZoneField {...props} value={zone} onValueChange={setZone} />
      <p>Chosen: {zone}</p>
    </div>
  );
}

const meta = {
  title: 'Primitives/TimeZoneField',
  component: TimeZoneField,
  // Offsets as on 15 January 2026, so the story reads the same all year.
  args: { value: 'Europe/Paris', now: Date.UTC(2026, 0, 15, 12) },
  render: (args) => <Zone {...args} />,
} satisfies Meta<typeof TimeZoneField>;
export default meta;
type Story = StoryObj<typeof meta>;

const input = (root: HTMLElement) => within(root).getByRole('combobox');
const activeOption = (root: HTMLElement) => root.ownerDocument.getElementById(input(root).getAttribute('aria-activedescendant') ?? '');

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('combobox', { name: 'Time zone' });
    await expect(box).toHaveValue('Europe/Paris');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(box).toHaveAttribute('aria-autocomplete', 'list');
  },
};

/** Opening shows at most 50 options around the chosen zone, and asks to keep typing. */
export const OpenList: Story = {
  play: async ({ canvasElement }) => {
    const box = input(canvasElement);
    await userEvent.click(box);
    await expect(box).toHaveAttribute('aria-expanded', 'true');
    const listbox = within(canvasElement).getByRole('listbox', { name: 'Time zone' });
    await expect(within(listbox).getAllByRole('option')).toHaveLength(50);
    await expect(within(canvasElement).getByText(/Keep typing to narrow the list/)).toBeVisible();
    await expect(activeOption(canvasElement)).toHaveTextContent('Europe/Paris · UTC+01:00');
    await waitFor(() => expect(canvasElement.querySelector('.gk-field [role="status"]')).toHaveTextContent(/^\d{3} time zones$/));
  },
};

/** “new york” finds America/New_York: spaces and underscores are ignored. */
export const SearchAndPick: Story = {
  play: async ({ canvasElement }) => {
    const box = input(canvasElement);
    await userEvent.clear(box);
    await userEvent.type(box, 'new york');
    await expect(within(canvasElement).getByRole('option', { name: /New York/ })).toHaveTextContent('America/New_York · UTC−05:00');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    await expect(box).toHaveValue('America/New_York');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(within(canvasElement).getByText('Chosen: America/New_York')).toBeInTheDocument();
    await expect(box).toHaveFocus();
  },
};

/** Arrows, Home and End move through every result; only a window of them is rendered. */
export const KeyboardNavigation: Story = {
  play: async ({ canvasElement }) => {
    const box = input(canvasElement);
    await userEvent.clear(box);
    await userEvent.type(box, 'america');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await expect(activeOption(canvasElement)).toHaveAttribute('aria-posinset', '2');
    await userEvent.keyboard('{End}');
    const total = activeOption(canvasElement)?.getAttribute('aria-setsize');
    await expect(activeOption(canvasElement)).toHaveAttribute('aria-posinset', total ?? '');
    await userEvent.keyboard('{Home}');
    await expect(activeOption(canvasElement)).toHaveAttribute('aria-posinset', '1');
    await userEvent.keyboard('{Escape}');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('{Escape}');
    await expect(box).toHaveValue('Europe/Paris');
  },
};

export const NoMatch: Story = {
  play: async ({ canvasElement }) => {
    const box = input(canvasElement);
    await userEvent.clear(box);
    await userEvent.type(box, 'atlantis');
    await expect(box).toHaveAttribute('aria-expanded', 'false');
    await expect(within(canvasElement).getByText('No time zone matches “atlantis”.', { selector: '.gk-comboboxStatus' })).toBeVisible();
  },
};

export const WithHintAndError: Story = {
  args: { description: 'The recipient receives the gift at this hour in this zone.', issue: 'INVALID_TIME_ZONE', required: true },
  play: async ({ canvasElement }) => {
    const box = input(canvasElement);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription('The recipient receives the gift at this hour in this zone. Error: Choose a time zone from the list.');
  },
};

export const Disabled: Story = { args: { disabled: true } };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await userEvent.keyboard('{ArrowDown}');
    await expect(input(canvasElement)).toHaveAttribute('aria-expanded', 'true');
  },
};

export const French: Story = {
  globals: { locale: 'fr' },
  play: async ({ canvasElement }) => {
    const box = await within(canvasElement).findByRole('combobox', { name: 'Fuseau horaire' });
    await userEvent.clear(box);
    await userEvent.type(box, 'kath');
    await waitFor(() => expect(canvasElement.querySelector('.gk-field [role="status"]')).toHaveTextContent('1 fuseau horaire'));
    await expect(within(canvasElement).getByRole('option', { name: /Kathmandu/ })).toHaveTextContent('UTC+05:45');
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('.gk-root')).toHaveAttribute('dir', 'rtl');
    const box = await within(canvasElement).findByRole('combobox', { name: 'المنطقة الزمنية' });
    await userEvent.clear(box);
    await userEvent.type(box, 'riyadh');
    await expect(within(canvasElement).getByRole('option', { name: /Riyadh/ })).toBeVisible();
  },
};
