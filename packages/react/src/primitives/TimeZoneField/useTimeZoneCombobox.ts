import { useCallback, useEffect, useId, useMemo, useReducer, useState, type ChangeEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useT } from '../../i18n/useT';
import { availableTimeZones, currentZoneName, filterTimeZones, toEntry, type TimeZoneEntry } from './timeZones';

export interface TimeZoneComboboxOptions {
  /** The chosen zone (IANA id). */
  value: string;
  onValueChange: (zone: string) => void;
  /** The zones to offer. @default every zone the runtime knows */
  zones?: readonly string[];
  /** How many options are in the DOM at once. @default 50 */
  maxRendered?: number;
  /** The listbox's label id. */
  labelId: string;
  /** How long typing must pause before the results count is announced, in ms. @default 400 */
  announceDelay?: number;
}

interface State {
  open: boolean;
  /** The viewer is typing a search; otherwise the input shows the chosen zone. */
  editing: boolean;
  query: string;
  /** Index in the results of the highlighted option, or -1. */
  active: number;
  /** Index in the results of the first rendered option. */
  start: number;
}

type Action =
  | { type: 'open'; active: number; start: number }
  | { type: 'close' }
  | { type: 'type'; query: string }
  | { type: 'move'; active: number; max: number }
  | { type: 'done' };

const INITIAL: State = { open: false, editing: false, query: '', active: -1, start: 0 };

function reducer(state: State, action: Action): State {
  switch (action.type) {
    case 'open':
      return { ...state, open: true, active: action.active, start: action.start };
    case 'close':
      return { ...state, open: false, active: -1 };
    case 'type':
      return { open: true, editing: true, query: action.query, active: -1, start: 0 };
    case 'move': {
      // Slide the rendered window so the highlighted option is always in the DOM.
      const { active, max } = action;
      const start = active < state.start ? active : active >= state.start + max ? active - max + 1 : state.start;
      return { ...state, open: true, active, start: Math.max(0, start) };
    }
    case 'done':
      return INITIAL;
  }
}

export interface RenderedOption {
  entry: TimeZoneEntry;
  /** Position in the results. */
  index: number;
  active: boolean;
  chosen: boolean;
  optionProps: {
    id: string;
    role: 'option';
    'aria-selected': boolean;
    'aria-setsize': number;
    'aria-posinset': number;
    'data-active'?: 'true';
    'data-selected'?: 'true';
    onMouseDown: (event: MouseEvent) => void;
    onClick: () => void;
  };
}

/**
 * An ARIA 1.2 editable combobox with list autocomplete over the IANA zones: typing filters
 * (zone id or city, spaces and underscores ignored), arrows move, Home/End jump while an
 * option is highlighted, Enter picks, Escape closes then reverts. At most `maxRendered`
 * options are in the DOM: a window that follows the highlight, with each option's real
 * position given by `aria-posinset`/`aria-setsize`.
 */
export function useTimeZoneCombobox({ value, onValueChange, zones, maxRendered = 50, labelId, announceDelay = 400 }: TimeZoneComboboxOptions) {
  const { t } = useT();
  const id = `gk${useId()}`;
  const listboxId = `${id}-listbox`;
  const [state, dispatch] = useReducer(reducer, INITIAL);

  const entries = useMemo(() => {
    const list = zones ? [...zones] : availableTimeZones();
    // A valid but unlisted value must still show, unless listed under its current name.
    if (value && !list.includes(value) && !list.includes(currentZoneName(value))) list.push(value);
    return list.map(toEntry);
  }, [zones, value]);
  const results = useMemo(() => filterTimeZones(entries, state.editing ? state.query : ''), [entries, state.editing, state.query]);
  const total = results.length;
  const max = Math.max(1, maxRendered);
  const expanded = state.open && total > 0;

  const chosenId = value ? currentZoneName(value) : value;
  const isChosen = useCallback((entry: TimeZoneEntry) => entry.id === value || entry.id === chosenId, [value, chosenId]);
  const chosenIndex = useCallback(() => results.findIndex(isChosen), [results, isChosen]);
  const openList = useCallback(
    (highlight: 'chosen' | 'first' | 'last' | 'none', fallback = -1) => {
      const chosen = chosenIndex();
      const active = highlight === 'first' ? 0 : highlight === 'last' ? total - 1 : highlight === 'chosen' ? (chosen >= 0 ? chosen : fallback) : -1;
      const anchor = active >= 0 ? active : Math.max(chosen, 0);
      dispatch({ type: 'open', active: Math.min(active, total - 1), start: Math.max(0, Math.min(anchor - Math.floor(max / 5), total - max)) });
    },
    [chosenIndex, total, max],
  );
  const move = useCallback((active: number) => dispatch({ type: 'move', active: Math.max(0, Math.min(active, total - 1)), max }), [total, max]);
  const choose = useCallback(
    (entry: TimeZoneEntry) => {
      dispatch({ type: 'done' });
      if (!isChosen(entry)) onValueChange(entry.id);
    },
    [onValueChange, isChosen],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const { key } = event;
    const navigating = expanded && state.active >= 0;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      if (total === 0) return;
      if (!expanded) openList(event.altKey ? 'none' : state.editing ? (key === 'ArrowDown' ? 'first' : 'last') : 'chosen', key === 'ArrowDown' ? 0 : total - 1);
      else if (event.altKey && key === 'ArrowUp') dispatch({ type: 'close' });
      else if (state.active < 0) move(key === 'ArrowDown' ? 0 : total - 1);
      else move(state.active + (key === 'ArrowDown' ? 1 : -1));
    } else if ((key === 'PageDown' || key === 'PageUp') && navigating) {
      event.preventDefault();
      move(state.active + (key === 'PageDown' ? 10 : -10));
    } else if ((key === 'Home' || key === 'End') && navigating) {
      // While the caret is in the text (nothing highlighted), Home/End move the caret.
      event.preventDefault();
      move(key === 'Home' ? 0 : total - 1);
    } else if (key === 'Enter') {
      if (!state.open) return;
      event.preventDefault(); // never submits the surrounding form while the list is open
      const entry = state.active >= 0 ? results[state.active] : total === 1 ? results[0] : undefined;
      if (entry) choose(entry);
    } else if (key === 'Escape') {
      if (state.open) {
        event.preventDefault();
        event.stopPropagation(); // a dialog around us stays open
        dispatch({ type: 'close' });
      } else if (state.editing) {
        event.preventDefault();
        event.stopPropagation();
        dispatch({ type: 'done' });
      }
    } else if (key === 'Tab') {
      if (state.open) dispatch({ type: 'close' });
    }
  };

  const onBlur = () => {
    if (!state.editing) {
      if (state.open) dispatch({ type: 'close' });
      return;
    }
    // A fully typed id counts as a choice; anything else goes back to the chosen zone.
    const typed = state.query.trim().toLowerCase();
    const exact = entries.find((entry) => entry.id.toLowerCase() === typed);
    if (exact) choose(exact);
    else dispatch({ type: 'done' });
  };

  // Keep the highlighted option visible in the scrolling list.
  const activeId = expanded && state.active >= 0 ? `${id}-option-${state.active}` : undefined;
  useEffect(() => {
    if (!activeId) return;
    const element = document.getElementById(activeId);
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  // The count is announced once typing pauses, not on every keystroke.
  const status = !state.open ? '' : total === 0 ? t('timeZone.noMatch', { query: state.query }) : t('timeZone.results', { count: total });
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(status), announceDelay);
    return () => clearTimeout(timer);
  }, [status, announceDelay]);

  const end = Math.min(total, state.start + max);
  const rendered: RenderedOption[] = expanded
    ? results.slice(state.start, end).map((entry, offset) => {
        const index = state.start + offset;
        const active = index === state.active;
        const chosen = isChosen(entry);
        return {
          entry,
          index,
          active,
          chosen,
          optionProps: {
            id: `${id}-option-${index}`,
            role: 'option',
            'aria-selected': active,
            'aria-setsize': total,
            'aria-posinset': index + 1,
            'data-active': active ? 'true' : undefined,
            'data-selected': chosen ? 'true' : undefined,
            // Keep focus in the input while clicking an option.
            onMouseDown: (event: MouseEvent) => event.preventDefault(),
            onClick: () => choose(entry),
          },
        };
      })
    : [];

  return {
    state,
    expanded,
    total,
    rendered,
    /** More results than rendered: say so and invite narrowing. */
    truncated: expanded && total > max,
    noMatch: state.open && state.editing && total === 0,
    announced,
    statusText: status,
    listboxId,
    hintId: `${id}-more`,
    inputProps: {
      role: 'combobox' as const,
      'aria-expanded': expanded,
      'aria-controls': listboxId,
      'aria-autocomplete': 'list' as const,
      'aria-activedescendant': activeId,
      autoComplete: 'off',
      autoCapitalize: 'off',
      spellCheck: false,
      value: state.editing ? state.query : value,
      onChange: (event: ChangeEvent<HTMLInputElement>) => dispatch({ type: 'type', query: event.target.value }),
      onKeyDown,
      onBlur,
      onClick: () => {
        if (!state.open) openList('chosen');
      },
    },
    listboxProps: {
      id: listboxId,
      role: 'listbox' as const,
      'aria-labelledby': labelId,
      hidden: !expanded,
    },
  };
}
