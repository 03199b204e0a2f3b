import { useSyncExternalStore } from 'react';

/** Who is signed in on Streamly. A real site has its own auth; this stub keeps it in storage. */
export interface DemoSession {
  customerId: string;
  email: string;
  name: string;
  role: 'customer' | 'operator';
  /** The bearer token the API client sends. */
  token: string;
}

const KEY = 'giftkit-demo:session';
const listeners = new Set<() => void>();
let cached: { raw: string | null; session: DemoSession | null } = { raw: null, session: null };

function read(): DemoSession | null {
  const raw = window.localStorage.getItem(KEY);
  if (raw === cached.raw) return cached.session;
  let session: DemoSession | null = null;
  try {
    const value = raw ? (JSON.parse(raw) as Partial<DemoSession>) : null;
    if (value && typeof value.customerId === 'string' && typeof value.token === 'string') {
      session = {
        customerId: value.customerId,
        email: String(value.email ?? ''),
        name: String(value.name ?? value.customerId),
        role: value.role === 'operator' ? 'operator' : 'customer',
        token: value.token,
      };
    }
  } catch {
    session = null;
  }
  cached = { raw, session };
  return session;
}

const notify = () => listeners.forEach((listener) => listener());

export const currentSession = (): DemoSession | null => read();

export function signIn(session: DemoSession): void {
  window.localStorage.setItem(KEY, JSON.stringify(session));
  notify();
}

export function signOut(): void {
  window.localStorage.removeItem(KEY);
  notify();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useSession(): DemoSession | null {
  return useSyncExternalStore(subscribe, read, () => null);
}
