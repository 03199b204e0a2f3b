import { useCallback, useSyncExternalStore } from 'react';

/** The dev panel's theme and language, kept across reloads. */
export interface Preferences {
  theme: 'light' | 'dark';
  locale: string;
}

export const LOCALES: readonly { value: string; label: string }[] = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
  { value: 'de', label: 'Deutsch' },
  { value: 'es', label: 'Español' },
  { value: 'pl', label: 'Polski' },
  { value: 'ar', label: 'العربية (right to left)' },
];

const KEY = 'giftkit-demo:preferences';
const DEFAULTS: Preferences = { theme: 'light', locale: 'en' };
const listeners = new Set<() => void>();
let cached: { raw: string | null; value: Preferences } = { raw: null, value: DEFAULTS };

function read(): Preferences {
  const raw = window.localStorage.getItem(KEY);
  if (raw === cached.raw) return cached.value;
  let value = DEFAULTS;
  try {
    const parsed = raw ? (JSON.parse(raw) as Partial<Preferences>) : {};
    value = {
      theme: parsed.theme === 'dark' ? 'dark' : 'light',
      locale: LOCALES.some((locale) => locale.value === parsed.locale) ? String(parsed.locale) : 'en',
    };
  } catch {
    value = DEFAULTS;
  }
  cached = { raw, value };
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePreferences(): [Preferences, (change: Partial<Preferences>) => void] {
  const preferences = useSyncExternalStore(subscribe, read, () => DEFAULTS);
  const update = useCallback((change: Partial<Preferences>) => {
    window.localStorage.setItem(KEY, JSON.stringify({ ...read(), ...change }));
    listeners.forEach((listener) => listener());
  }, []);
  return [preferences, update];
}
