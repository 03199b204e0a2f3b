import { useCallback, useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The ARIA tabs pattern: one tab in the Tab order (roving `tabIndex`), arrow keys move and
 * select (mirrored right-to-left), Home/End jump to the ends.
 */
export function useTabs<T extends string>(tabs: readonly T[], initial: T, dir: 'ltr' | 'rtl' = 'ltr') {
  const [selected, setSelected] = useState<T>(initial);
  const base = useId();
  const refs = useRef(new Map<T, HTMLElement | null>());

  const move = useCallback(
    (from: T, event: KeyboardEvent<HTMLElement>) => {
      const index = tabs.indexOf(from);
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      let next: number;
      if (event.key === forward) next = (index + 1) % tabs.length;
      else if (event.key === backward) next = (index - 1 + tabs.length) % tabs.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = tabs.length - 1;
      else return;
      event.preventDefault();
      const tab = tabs[next] as T;
      setSelected(tab);
      refs.current.get(tab)?.focus();
    },
    [tabs, dir],
  );

  const tabId = (tab: T) => `${base}-tab-${tab}`;
  const panelId = (tab: T) => `${base}-panel-${tab}`;

  return {
    selected,
    select: setSelected,
    tabListProps: { role: 'tablist' as const },
    getTabProps: (tab: T) => ({
      role: 'tab' as const,
      id: tabId(tab),
      type: 'button' as const,
      'aria-selected': tab === selected,
      'aria-controls': panelId(tab),
      tabIndex: tab === selected ? 0 : -1,
      'data-selected': tab === selected ? ('true' as const) : undefined,
      onClick: () => setSelected(tab),
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => move(tab, event),
      ref: (element: HTMLElement | null) => {
        refs.current.set(tab, element);
      },
    }),
    getPanelProps: (tab: T) => ({
      role: 'tabpanel' as const,
      id: panelId(tab),
      'aria-labelledby': tabId(tab),
      hidden: tab !== selected,
      tabIndex: 0,
    }),
  };
}
