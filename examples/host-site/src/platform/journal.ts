/**
 * The demo's memory across reloads and tabs. The simulated platform is deterministic, so
 * instead of serialising its state we keep what changed it — every write request and every
 * jump of the clock, in order — and replay that into a fresh platform on the next load.
 */
export type JournalEntry =
  | { kind: 'clock'; to: number }
  | { kind: 'request'; at: number; method: string; path: string; headers: [string, string][]; body: string | null };

export interface Journal {
  version: 1;
  /** The platform's start (Unix seconds): the wall-clock hour the demo was first opened. */
  start: number;
  /** Seconds the dev panel moved the platform ahead of the wall clock. */
  offset: number;
  entries: JournalEntry[];
}

export const JOURNAL_KEY = 'giftkit-demo:journal:v1';

/** Only these headers matter to the platform; nothing else is kept. */
export const JOURNALED_HEADERS = ['authorization', 'idempotency-key', 'content-type'];

export function newJournal(nowSeconds: number): Journal {
  return { version: 1, start: Math.floor(nowSeconds / 3600) * 3600, offset: 0, entries: [] };
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  if (entry.kind === 'clock') return typeof entry.to === 'number';
  return (
    entry.kind === 'request' &&
    typeof entry.at === 'number' &&
    typeof entry.method === 'string' &&
    typeof entry.path === 'string' &&
    entry.path.startsWith('/') &&
    Array.isArray(entry.headers) &&
    (entry.body === null || typeof entry.body === 'string')
  );
}

/** The stored journal, or null when there is none or it is not one we wrote (then start afresh). */
export function parseJournal(text: string | null): Journal | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Journal>;
    if (value.version !== 1 || typeof value.start !== 'number' || typeof value.offset !== 'number' || !Array.isArray(value.entries)) return null;
    if (!value.entries.every(isEntry)) return null;
    return { version: 1, start: value.start, offset: value.offset, entries: value.entries };
  } catch {
    return null;
  }
}

/** Write requests change the platform; of the reads only verification does (throttling). */
export function changesPlatform(method: string, path: string): boolean {
  return method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS' ? true : path.includes('/gifts/verification/');
}
