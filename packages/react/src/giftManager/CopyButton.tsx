import { useEffect, useRef, useState } from 'react';
import { Button } from '../primitives/Button/Button';
import { VisuallyHidden } from '../primitives/shared/VisuallyHidden';
import { useT } from '../i18n/useT';
import { CopyRow } from './styles';

export interface CopyButtonProps {
  /** The text put on the clipboard. */
  value: string;
  /** The button's visible text. */
  label: string;
  /** What the button copies, for screen readers (`Copy code ABCD-2345`). */
  accessibleLabel: string;
}

/** Copies `value`; a polite live region says “Copied” (or how to copy by hand). */
export function CopyButton({ value, label, accessibleLabel }: CopyButtonProps) {
  const { t } = useT();
  const [message, setMessage] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(value);
      setMessage(t('giftManager.copied'));
    } catch {
      setMessage(t('giftManager.copyFailed'));
    }
    timer.current = setTimeout(() => setMessage(''), 4000);
  };
  return (
    <CopyRow className="gk-giftManagerCopyButton">
      <Button variant="link" onClick={copy}>
        <span aria-hidden="true">{label}</span>
        <VisuallyHidden>{accessibleLabel}</VisuallyHidden>
      </Button>
      <span role="status">{message}</span>
    </CopyRow>
  );
}
