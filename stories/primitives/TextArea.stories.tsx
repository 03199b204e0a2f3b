import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { PERSONAL_NOTE_MAX_LENGTH } from '@giftkit/core';
import { TextArea, type TextAreaProps } from '@giftkit/react';

function Note(props: TextAreaProps) {
  const [note, setNote] = useState(props.defaultValue ?? '');
  return <TextArea {...props} defaultValue={undefined} value={note} onValueChange={setNote} />;
}

const meta = {
  title: 'Primitives/TextArea',
  component: TextArea,
  args: { label: 'Personal note', showOptional: true, maxLength: PERSONAL_NOTE_MAX_LENGTH, description: 'Plain text, sent with the gift.' },
  render: (args) => <Note {...args} />,
} satisfies Meta<typeof TextArea>;
export default meta;
type Story = StoryObj<typeof meta>;

const live = (root: HTMLElement) => root.querySelector('[aria-live="polite"]');

/** The counter is read with the field, but the live region stays silent far from the limit. */
export const WithCounter: Story = {
  play: async ({ canvasElement }) => {
    const area = within(canvasElement).getByRole('textbox', { name: 'Personal note (optional)' });
    await userEvent.type(area, 'Happy birthday 🎂');
    await expect(within(canvasElement).getByText('239 characters left')).toBeInTheDocument();
    await expect(area).toHaveAccessibleDescription('Plain text, sent with the gift. 239 characters left');
    await new Promise((r) => setTimeout(r, 600));
    await expect(live(canvasElement)).toHaveTextContent('');
  },
};

/** Near the limit, the count is announced politely once typing pauses. */
export const NearTheLimit: Story = {
  args: { maxLength: 40, defaultValue: 'Enjoy a year of films, with love from' },
  play: async ({ canvasElement }) => {
    const area = within(canvasElement).getByRole('textbox');
    await userEvent.type(area, ' Jo');
    await waitFor(() => expect(live(canvasElement)).toHaveTextContent('0 characters left'));
  },
};

/** Over the limit: nothing is cut, the counter turns to an error and the field is invalid. */
export const OverTheLimit: Story = {
  args: { maxLength: 20, defaultValue: 'This note is much too long for the limit' },
  play: async ({ canvasElement }) => {
    const area = within(canvasElement).getByRole('textbox');
    await expect(area).toHaveAttribute('aria-invalid', 'true');
    const counter = within(canvasElement).getByText('20 characters too many');
    await expect(counter).toHaveAttribute('data-state', 'over');
    await waitFor(() => expect(live(canvasElement)).toHaveTextContent('20 characters too many'));
  },
};

export const WithError: Story = {
  args: { issue: 'INVALID_CHARACTERS', defaultValue: 'Hi' },
};

export const Disabled: Story = { args: { disabled: true, defaultValue: 'Sent already' } };

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { maxLength: 20, defaultValue: 'This note is much too long' },
};

/** Polish needs three plural forms: 2 znaki, 5 znaków. */
export const Polish: Story = {
  globals: { locale: 'pl' },
  args: { label: 'Wiadomość', maxLength: 10, defaultValue: 'Sto lat' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(within(canvasElement).getByText('Pozostały 3 znaki')).toBeInTheDocument());
    await userEvent.type(within(canvasElement).getByRole('textbox'), '!!!!!!!');
    await expect(within(canvasElement).getByText('4 znaki za dużo')).toBeInTheDocument();
  },
};

export const RightToLeft: Story = {
  globals: { locale: 'ar' },
  args: { label: 'رسالة', maxLength: 30, defaultValue: 'عيد ميلاد سعيد' },
};
