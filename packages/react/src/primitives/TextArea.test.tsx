import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TextArea } from './TextArea/TextArea';
import { renderInGiftKit } from './testing';

function Note({ initial = '', max = 20 }: { initial?: string; max?: number }) {
  const [note, setNote] = useState(initial);
  return <TextArea label="Note" maxLength={max} value={note} onValueChange={setNote} />;
}

const live = () => document.querySelector('[aria-live="polite"]');

describe('TextArea with a counter', () => {
  afterEach(() => vi.useRealTimers());

  it('shows characters left and reads the counter with the field', () => {
    renderInGiftKit(<Note initial="Hello" max={255} />);
    const area = screen.getByRole('textbox', { name: 'Note' });
    expect(screen.getByText('250 characters left')).toHaveClass('gk-counter');
    expect(area).toHaveAccessibleDescription('250 characters left');
    expect(area).toHaveClass('gk-textarea');
  });

  it('counts code points like @giftkit/core (an emoji is one character)', () => {
    renderInGiftKit(<Note initial={'🎁🎁🎁'} max={5} />);
    expect(screen.getByText('2 characters left')).toBeInTheDocument();
  });

  it('over the limit: error style, aria-invalid, and says how many too many; nothing is cut', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Note initial="123456789" max={10} />);
    const area = screen.getByRole('textbox', { name: 'Note' });
    await user.type(area, 'abc');
    expect(area).toHaveValue('123456789abc');
    const counter = screen.getByText('2 characters too many');
    expect(counter).toHaveAttribute('data-state', 'over');
    expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(area).toHaveAccessibleDescription('2 characters too many');
  });

  it('stays silent far from the limit', async () => {
    vi.useFakeTimers();
    renderInGiftKit(<Note initial="" max={100} />);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(live()).toHaveTextContent(''); // far from the limit: silent
    expect(live()).toHaveAttribute('aria-atomic', 'true');
  });

  it('fills the live region when close to the limit', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<Note initial={'x'.repeat(88)} max={100} />);
    const area = screen.getByRole('textbox', { name: 'Note' });
    await user.type(area, 'yy');
    // 10 left: the threshold for 100 is max(10, 10 %)
    await waitFor(() => expect(live()).toHaveTextContent('10 characters left'));
    await user.type(area, 'z'.repeat(12));
    await waitFor(() => expect(live()).toHaveTextContent('2 characters too many'));
  });

  it('works uncontrolled', async () => {
    const user = userEvent.setup({ delay: null });
    renderInGiftKit(<TextArea label="Note" maxLength={10} defaultValue="ab" />);
    await user.type(screen.getByRole('textbox'), 'c');
    expect(screen.getByText('7 characters left')).toBeInTheDocument();
  });

  it('speaks Polish plurals', async () => {
    renderInGiftKit(<Note initial={'x'.repeat(7)} max={10} />, { locale: 'pl' });
    expect(await screen.findByText('Pozostały 3 znaki')).toBeInTheDocument();
  });
});
