import { useSyncExternalStore, type AnchorHTMLAttributes } from 'react';

/**
 * A router small enough to read in one go: the History API, a hook, a link. A broadcaster
 * would use their own (React Router, Next…); GiftKit needs nothing from it.
 */
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) window.addEventListener('popstate', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', notify);
  };
}

const current = () => `${window.location.pathname}${window.location.search}`;

/** `/path?query` of the page, re-rendering on navigation. */
export function useLocation(): { pathname: string; search: string; href: string } {
  const href = useSyncExternalStore(subscribe, current, () => '/');
  const url = new URL(href, 'http://host.invalid');
  return { pathname: url.pathname, search: url.search, href };
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (to === current()) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.scrollTo(0, 0);
  notify();
}

/**
 * Same-origin links anywhere on the page (the header, GiftKit's own "See my gifts" links,
 * the outbox's redeem link) navigate inside the app, so the simulated platform's state in
 * this page carries over. Returns the uninstall function.
 */
export function interceptLinks(): () => void {
  const onClick = (event: globalThis.MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a[href]');
    if (!(anchor instanceof HTMLAnchorElement) || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== window.location.origin || url.hash) return;
    event.preventDefault();
    navigate(`${url.pathname}${url.search}`);
  };
  document.addEventListener('click', onClick);
  return () => document.removeEventListener('click', onClick);
}

/** `/checkout/:offerId` against `/checkout/offer_1` → `{ offerId: 'offer_1' }`, else null. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    const actual = have[index] ?? '';
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(actual);
    else if (part !== actual) return null;
  }
  return params;
}

/** An `<a>` that navigates in the app and marks the current page for assistive technology. */
export function Link({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const { pathname } = useLocation();
  return (
    <a {...rest} href={href} aria-current={pathname === href.split('?')[0] ? 'page' : undefined}>
      {children}
    </a>
  );
}
