import { useRef, type ReactNode, type RefObject } from 'react';
import styled from 'styled-components';
import { space, v } from '../../appearance/resolve';
import { overrides } from '../../appearance/styled';
import { useT } from '../../i18n/useT';
import { cx } from '../shared/dom';
import { useDialog } from './useDialog';

// Fixed over the viewport but rendered where the dialog is declared, inside the GiftKit
// root: it inherits the root's CSS variables, direction and language, and no node is ever
// appended to the host's <body>.
const Overlay = styled.div`
  position: fixed;
  inset: 0;
  z-index: 2147483000;
  display: grid;
  place-items: center;
  padding: ${space(2)};
  background: rgba(0, 0, 0, 0.6);
  overflow-y: auto;
  ${overrides('dialogOverlay')}
`;

const Panel = styled.div`
  position: relative;
  display: grid;
  gap: ${space(2)};
  inline-size: min(100%, 32rem);
  max-block-size: calc(100vh - ${space(4)});
  overflow-y: auto;
  padding: ${space(3)};
  color: ${v('colorText')};
  background: ${v('colorBackground')};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  box-shadow: 0 12px 40px rgba(0, 0, 0, 0.35);
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('dialog')}
`;

const Header = styled.div`
  display: flex;
  align-items: flex-start;
  justify-content: space-between;
  gap: ${space(2)};
`;

const Title = styled.h2`
  margin: 0;
  font-size: 1.25em;
  line-height: 1.3;
  padding-block-start: ${space(1)};
  ${overrides('dialogTitle')}
`;

const Close = styled.button`
  flex: none;
  display: inline-grid;
  place-items: center;
  inline-size: 44px;
  block-size: 44px;
  margin: calc(${space(1)} * -1);
  margin-inline-start: 0;
  padding: 0;
  font: inherit;
  font-size: 1.5em;
  line-height: 1;
  color: ${v('colorText')};
  background: transparent;
  border: 0;
  border-radius: ${v('borderRadius')};
  cursor: pointer;
  &:hover {
    background: ${v('colorSurface')};
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('dialogClose')}
`;

const Description = styled.p`
  margin: 0;
  color: ${v('colorTextSecondary')};
`;

const Body = styled.div`
  display: grid;
  gap: ${space(2)};
  ${overrides('dialogBody')}
`;

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  justify-content: flex-end;
  gap: ${space(1)};
  ${overrides('dialogActions')}
`;

export interface DialogProps {
  /** Whether the dialog is shown. It renders nothing when closed. */
  open: boolean;
  /**
   * Called when the viewer asks to close: Escape, the close button, or (if allowed) a click
   * on the overlay. Set `open` to false in response.
   */
  onClose: () => void;
  /**
   * The visible heading, which also names the dialog.
   * @example title={t('myGifts.editTitle')}
   */
  title: ReactNode;
  /** A short text under the title, read when the dialog opens. */
  description?: ReactNode;
  children?: ReactNode;
  /**
   * Buttons at the bottom, in reading order (the main action last).
   * @example actions={<><Button variant="secondary" onClick={close}>{t('common.cancel')}</Button><Button onClick={save}>{t('common.save')}</Button></>}
   */
  actions?: ReactNode;
  /** What gets focus on open. @default the first focusable element of the content */
  initialFocusRef?: RefObject<HTMLElement | null>;
  /**
   * Close when the dim overlay is clicked. Off by default, so a stray click never throws
   * away what was typed.
   * @default false
   */
  closeOnOverlayClick?: boolean;
  /** Hide the × button (keep another way to close among the actions). @default false */
  hideCloseButton?: boolean;
  className?: string;
}

/**
 * A modal dialog: focus moves in, stays in, and returns to the opener on close; Escape
 * closes; the rest of the page is hidden from assistive technology by `aria-modal`.
 * @example
 * <Dialog open={editing} onClose={() => setEditing(false)} title="Edit delivery" actions={…}>
 *   <GiftDeliveryForm … />
 * </Dialog>
 */
export function Dialog({
  open,
  onClose,
  title,
  description,
  children,
  actions,
  initialFocusRef,
  closeOnOverlayClick = false,
  hideCloseButton = false,
  className,
}: DialogProps) {
  const { t } = useT();
  const ref = useRef<HTMLDivElement>(null);
  const dialog = useDialog({ dialogRef: ref, open, onClose, initialFocusRef, hasDescription: Boolean(description) });
  if (!open) return null;
  return (
    <Overlay
      className="gk-dialogOverlay"
      data-state="open"
      onMouseDown={(event) => {
        if (event.target !== event.currentTarget) return;
        // A press on the dim area must not pull focus out of the dialog to the page.
        event.preventDefault();
        // Pointer convenience only; keyboard users have Escape and the close button.
        if (closeOnOverlayClick) onClose();
      }}
    >
      <Panel ref={ref} className={cx('gk-dialog', className)} data-state="open" {...dialog.dialogProps}>
        <Header>
          <Title className="gk-dialogTitle" {...dialog.titleProps}>
            {title}
          </Title>
          {hideCloseButton ? null : (
            <Close type="button" className="gk-dialogClose" aria-label={t('dialog.close')} data-dialog-close="" onClick={onClose}>
              <span aria-hidden="true">×</span>
            </Close>
          )}
        </Header>
        {description ? <Description {...dialog.descriptionProps}>{description}</Description> : null}
        {children ? <Body className="gk-dialogBody">{children}</Body> : null}
        {actions ? <Actions className="gk-dialogActions">{actions}</Actions> : null}
      </Panel>
    </Overlay>
  );
}
