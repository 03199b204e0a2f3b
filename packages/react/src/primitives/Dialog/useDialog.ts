import { useCallback, useEffect, useId, type KeyboardEvent, type RefObject } from 'react';
import { tabbableWithin } from '../shared/dom';

export interface UseDialogOptions {
  /** The element spread with `dialogProps`. */
  dialogRef: RefObject<HTMLElement | null>;
  open: boolean;
  /** Called on Escape (and by the close button). */
  onClose: () => void;
  /** What receives focus on open; by default the first focusable element inside, else the dialog. */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /** Whether a description is rendered, so the dialog points at it. @default false */
  hasDescription?: boolean;
}

export interface DialogAria {
  dialogProps: {
    role: 'dialog';
    'aria-modal': true;
    'aria-labelledby': string;
    'aria-describedby'?: string;
    tabIndex: -1;
    onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  };
  titleProps: { id: string };
  descriptionProps: { id: string };
}

/**
 * Modal behaviour: named by its title, focus moved in on open, Tab and Shift+Tab kept
 * inside, Escape closes, and focus returned to whatever opened it.
 * @example
 * const ref = useRef<HTMLDivElement>(null);
 * const dialog = useDialog({ dialogRef: ref, open, onClose });
 * <div ref={ref} {...dialog.dialogProps}><h2 {...dialog.titleProps}>…</h2></div>
 */
export function useDialog({ dialogRef, open, onClose, initialFocusRef, hasDescription = false }: UseDialogOptions): DialogAria {
  const id = `gk${useId()}`;

  useEffect(() => {
    if (!open) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog) {
      const target = initialFocusRef?.current ?? firstFocusable(dialog) ?? dialog;
      target.focus();
    }
    return () => {
      // Back to the opener, if it is still on the page (it may have been removed meanwhile).
      if (opener?.isConnected) opener.focus();
    };
  }, [open, initialFocusRef, dialogRef]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        event.preventDefault();
        onClose();
        return;
      }
      if (event.key !== 'Tab' || !dialogRef.current) return;
      const dialog = dialogRef.current;
      const tabbable = tabbableWithin(dialog);
      const first = tabbable[0];
      const last = tabbable[tabbable.length - 1];
      const active = document.activeElement;
      if (!first || !last) {
        event.preventDefault();
        dialog.focus();
      } else if (event.shiftKey && (active === first || active === dialog)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    },
    [onClose, dialogRef],
  );

  return {
    dialogProps: {
      role: 'dialog',
      'aria-modal': true,
      'aria-labelledby': `${id}-title`,
      'aria-describedby': hasDescription ? `${id}-description` : undefined,
      tabIndex: -1,
      onKeyDown,
    },
    titleProps: { id: `${id}-title` },
    descriptionProps: { id: `${id}-description` },
  };
}

/** The first focusable element of the content, skipping the close button when there is more. */
function firstFocusable(dialog: HTMLElement): HTMLElement | undefined {
  const tabbable = tabbableWithin(dialog);
  return tabbable.find((el) => !el.hasAttribute('data-dialog-close')) ?? tabbable[0];
}
