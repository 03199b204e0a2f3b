import { useEffect, useId, useState } from 'react';
import { textLength } from '@giftkit/core';
import { useT } from '../../i18n/useT';

export interface CharacterCounterOptions {
  /** The current text. */
  value: string;
  /** The most characters allowed (code points: an emoji counts once). */
  max: number;
  /**
   * From how many characters left the count is announced. Above it, the visible counter is
   * only read with the field, never on each keystroke.
   * @default Math.max(10, Math.round(max * 0.1))
   */
  announceFrom?: number;
  /** How long typing must pause before the count is announced, in ms. @default 400 */
  announceDelay?: number;
}

export type CounterState = 'ok' | 'near' | 'over';

export interface CharacterCounter {
  length: number;
  remaining: number;
  over: boolean;
  state: CounterState;
  /** The visible text: “12 characters left” or “3 characters too many”. */
  text: string;
  /** Spread on the visible counter (read with the control through `aria-describedby`). */
  counterProps: { id: string; 'data-state': CounterState };
  /** Spread on a visually hidden `aria-live="polite"` region. */
  liveProps: { 'aria-live': 'polite'; 'aria-atomic': true };
  /** What the live region says: the count once typing pauses near or over the limit, else nothing. */
  liveText: string;
}

/**
 * A character counter that counts like `@giftkit/core` (`textLength`) and talks only when it
 * matters: the polite live region is filled near or over the limit, after typing pauses.
 * @example
 * const counter = useCharacterCounter({ value: note, max: PERSONAL_NOTE_MAX_LENGTH });
 */
export function useCharacterCounter({ value, max, announceFrom, announceDelay = 400 }: CharacterCounterOptions): CharacterCounter {
  const { t } = useT();
  const id = `gk${useId()}-counter`;
  const length = textLength(value);
  const remaining = max - length;
  const over = remaining < 0;
  const threshold = announceFrom ?? Math.max(10, Math.round(max * 0.1));
  const state: CounterState = over ? 'over' : Number.isFinite(max) && remaining <= threshold ? 'near' : 'ok';
  const text = over ? t('field.charactersOver', { count: -remaining }) : t('field.charactersLeft', { count: remaining });
  const announce = state === 'ok' ? '' : text;

  const [liveText, setLiveText] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setLiveText(announce), announceDelay);
    return () => clearTimeout(timer);
  }, [announce, announceDelay]);

  return {
    length,
    remaining,
    over,
    state,
    text,
    counterProps: { id, 'data-state': state },
    liveProps: { 'aria-live': 'polite', 'aria-atomic': true },
    liveText,
  };
}
