import { useEffect, useRef } from 'react';
import type { GiftKitEventMap } from '@giftkit/react';
import type { Simulation } from './platform/simulation';
import { SignInForm } from './SignInForm';

const WHY: Record<GiftKitEventMap['requireAuth']['flow'], string> = {
  checkout: 'Sign in to pay. Everything you typed stays as it is.',
  redeem: 'Sign in to see what your gift code gives you. The code stays filled in.',
  myGifts: 'Sign in to see the gifts you gave and received.',
  giftManager: 'Sign in with an operator account to manage gifts.',
};

/**
 * What a host does on `onRequireAuth`: open its own sign-in over the page, without
 * navigating away, so the GiftKit flow underneath carries on once `session` arrives.
 */
export function SignInDialog({ simulation, reason, onClose }: { simulation: Simulation | null; reason: GiftKitEventMap['requireAuth']['flow'] | null; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (reason && !element.open) {
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
      element.showModal();
    }
    if (!reason && element.open) element.close();
  }, [reason]);
  // The browser returns focus to what had it before; when the flow asked on its own (no
  // click), that was the page body, so keyboard users land on the page's main content.
  const handleClose = () => {
    const target = opener.current?.isConnected ? opener.current : document.querySelector<HTMLElement>('main');
    target?.focus({ preventScroll: true });
    onClose();
  };
  return (
    <dialog ref={dialog} className="sign-in-dialog" aria-labelledby="sign-in-title" onClose={handleClose}>
      <h2 id="sign-in-title">Sign in to Streamly</h2>
      {reason ? <p>{WHY[reason]}</p> : null}
      <SignInForm simulation={simulation} onSignedIn={onClose} />
      <button type="button" className="button secondary" onClick={onClose}>
        Not now
      </button>
    </dialog>
  );
}
