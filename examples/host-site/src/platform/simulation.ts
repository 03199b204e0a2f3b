import { createHandlers, createPlatform, deliveryDueAt, seed, type Email, type Platform } from '@giftkit/mocks';
import { getResponse, http, type HttpHandler } from 'msw';
import { setupWorker, type SetupWorker } from 'msw/browser';
import type { DemoSession } from '../session';
import { changesPlatform, JOURNAL_KEY, JOURNALED_HEADERS, newJournal, parseJournal, type Journal, type JournalEntry } from './journal';

/** Where the simulated platform answers, on the page's own origin. */
export const API_PATH = '/api';

export interface DemoCustomer {
  id: string;
  email: string;
  name: string;
  role: 'customer' | 'operator';
}

/** The seeded people, in the order the dev panel lists them. */
export const DEMO_CUSTOMERS: readonly DemoCustomer[] = Object.values(seed.customers).map(({ id, email, name, role }) => ({ id, email, name, role }));

const wallSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The simulated platform of the demo: the engine from `@giftkit/mocks` in this page, its
 * wire-contract handlers behind an MSW service worker at `/api`, a clock that runs with the
 * wall clock plus whatever the dev panel skipped, and a journal (see journal.ts) so a reload
 * or a second tab finds the same platform.
 */
export class Simulation {
  private platform: Platform;
  private apiHandlers: HttpHandler[];
  private readonly listeners = new Set<() => void>();
  private version = 0;
  private ticker: ReturnType<typeof setInterval> | undefined;
  /** Set when a stored journal could not be replayed and the demo started afresh. */
  restartedFresh = false;
  /** The seeded people one can sign in as. */
  readonly customers = DEMO_CUSTOMERS;

  private constructor(
    private journal: Journal,
    private readonly storage: Storage,
    private worker: SetupWorker | null,
  ) {
    this.platform = this.freshPlatform();
    this.apiHandlers = this.handlersFor(this.platform);
  }

  /** Starts the service worker and rebuilds the platform from the stored journal. */
  static async start(storage: Storage = window.localStorage): Promise<Simulation> {
    const stored = parseJournal(storage.getItem(JOURNAL_KEY));
    const simulation = new Simulation(stored ?? newJournal(wallSeconds()), storage, null);
    await simulation.replayOrReset();
    const worker = setupWorker(...simulation.workerHandlers());
    await worker.start({ serviceWorker: { url: '/mockServiceWorker.js' }, onUnhandledRequest: 'bypass', quiet: true });
    worker.events.on('response:mocked', () => simulation.changed());
    simulation.worker = worker;
    simulation.ticker = setInterval(() => simulation.tick(), 15_000);
    window.addEventListener('storage', (event) => {
      if (event.key === JOURNAL_KEY) void simulation.adopt(parseJournal(event.newValue));
    });
    return simulation;
  }

  /** The platform's time, Unix seconds. */
  now(): number {
    return this.platform.now();
  }

  /** Bumped on every change: a cheap snapshot for `useSyncExternalStore`. */
  getVersion(): number {
    return this.version;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every email the platform sent, newest first. */
  outbox(): Email[] {
    return this.platform.outbox.all().reverse();
  }

  /** A signed-in session for a seeded customer, with a token this platform accepts. */
  sessionFor(customer: DemoCustomer): DemoSession {
    return { customerId: customer.id, email: customer.email, name: customer.name, role: customer.role, token: this.platform.sessionToken(customer.id) };
  }

  /** When the next scheduled gift leaves (the top of its delivery hour), if any. */
  nextDelivery(): number | null {
    const due = this.platform.store.gifts.filter((gift) => gift.sentAt == null && gift.redeemedAt == null).map((gift) => deliveryDueAt(gift));
    return due.length > 0 ? Math.min(...due) : null;
  }

  /** When access from the most recently redeemed gift ends, if it is still ahead. */
  nextAccessEnd(): number | null {
    const now = this.now();
    const ends = this.platform.store.gifts
      .filter((gift) => gift.redeemedAt != null && gift.accessEndsAt != null && gift.accessEndsAt > now)
      .sort((a, b) => (b.redeemedAt ?? 0) - (a.redeemedAt ?? 0));
    return ends[0]?.accessEndsAt ?? null;
  }

  /** Moves the platform's clock forward (never back); due gifts are sent on the way. */
  advanceTo(instant: number): void {
    const target = Math.floor(instant);
    const now = this.now();
    if (!(target > now)) return;
    this.journal.offset += target - now;
    this.platform.advanceTo(target);
    this.append({ kind: 'clock', to: target });
    this.changed();
  }

  advanceBy(seconds: number): void {
    this.advanceTo(this.now() + seconds);
  }

  /** Forgets everything: the seeded platform as on a first visit. */
  reset(): void {
    this.storage.removeItem(JOURNAL_KEY);
    void this.adopt(newJournal(wallSeconds()));
  }

  /** The page's handlers: a recorder in front of the platform's own. */
  private workerHandlers(): HttpHandler[] {
    const recorder = http.all(`${API_PATH}/*`, async ({ request }) => {
      this.sync();
      const url = new URL(request.url);
      if (!changesPlatform(request.method, url.pathname)) return undefined;
      const headers = JOURNALED_HEADERS.flatMap((name): [string, string][] => {
        const value = request.headers.get(name);
        return value === null ? [] : [[name, value]];
      });
      const body = request.method === 'GET' ? null : await request.clone().text();
      this.append({ kind: 'request', at: this.now(), method: request.method, path: `${url.pathname}${url.search}`, headers, body });
      // Falls through to the platform's handler.
      return undefined;
    });
    // Handlers are read through `this`, so swapping the platform (reset, another tab) needs no new worker.
    const forward = http.all(`${API_PATH}/*`, ({ request }) => getResponse(this.apiHandlers, request));
    return [recorder, forward];
  }

  private freshPlatform(): Platform {
    return createPlatform({ now: this.journal.start, settings: { redeemUrl: `${window.location.origin}/subscribe/gift/activate` } });
  }

  private handlersFor(platform: Platform): HttpHandler[] {
    return createHandlers(platform, { baseUrl: API_PATH });
  }

  /** Replays the journal; one that no longer replays (older demo) is dropped, never half-applied. */
  private async replayOrReset(): Promise<void> {
    try {
      for (const entry of this.journal.entries) await this.replay(entry);
    } catch {
      this.journal = newJournal(wallSeconds());
      this.platform = this.freshPlatform();
      this.apiHandlers = this.handlersFor(this.platform);
      this.storage.removeItem(JOURNAL_KEY);
      this.restartedFresh = true;
    }
    this.sync();
  }

  private async replay(entry: JournalEntry): Promise<void> {
    const at = entry.kind === 'clock' ? entry.to : entry.at;
    if (at > this.platform.now()) this.platform.advanceTo(at);
    if (entry.kind === 'clock') return;
    const request = new Request(new URL(entry.path, window.location.origin), {
      method: entry.method,
      headers: entry.headers,
      body: entry.body,
    });
    await getResponse(this.apiHandlers, request);
  }

  /** Another tab changed the demo (or a reset): rebuild from that journal. */
  private async adopt(journal: Journal | null): Promise<void> {
    this.journal = journal ?? newJournal(wallSeconds());
    this.platform = this.freshPlatform();
    this.apiHandlers = this.handlersFor(this.platform);
    await this.replayOrReset();
    this.changed();
  }

  private append(entry: JournalEntry): void {
    this.journal.entries.push(entry);
    try {
      this.storage.setItem(JOURNAL_KEY, JSON.stringify(this.journal));
    } catch {
      // Storage full or blocked: the demo keeps working in this page, it just won't survive a reload.
    }
  }

  /** The platform's clock = the wall clock + what the dev panel skipped. */
  private sync(): void {
    const target = wallSeconds() + this.journal.offset;
    if (target > this.platform.now()) this.platform.advanceTo(target);
  }

  private tick(): void {
    const before = Math.floor(this.now() / 60);
    this.sync();
    if (Math.floor(this.now() / 60) !== before) this.changed();
  }

  private changed(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  /** Stops the ticker and the worker (tests, hot reload). */
  stop(): void {
    clearInterval(this.ticker);
    this.worker?.stop();
  }
}
