import { useT } from '../i18n/useT';
import { VisuallyHidden } from '../primitives/shared/VisuallyHidden';

/** An empty cell or fact: a dash to the eye, words ("none") to a screen reader. */
export function NoValue() {
  const { t } = useT();
  return (
    <>
      <span aria-hidden="true">{t('giftManager.noValue.symbol')}</span>
      <VisuallyHidden>{t('giftManager.noValue.label')}</VisuallyHidden>
    </>
  );
}
