import type { Transaction } from '@giftkit/core';
import { useT } from '../i18n/useT';
import type { StoredError } from '../store/giftsApi';
import { Button } from '../primitives/Button/Button';
import { useReloadSentGiftMutation } from './api';
import { Card, CardTitle, Lock, Row, Secondary } from './styles';

export interface FailedGiftCardProps {
  /** The purchase line, which still names the offer and the date. */
  transaction: Transaction;
  error: StoredError;
}

/**
 * A bought gift whose details failed to load: the purchase it belongs to, why, and a retry
 * that reloads this gift only (the rest of the page stays as it is).
 */
export function FailedGiftCard({ transaction, error }: FailedGiftCardProps) {
  const { t, format } = useT();
  const [reload, state] = useReloadSentGiftMutation();
  const bought = format.date(transaction.transactionDate);
  return (
    <Card className="gk-myGiftsCard" data-gift-id={transaction.targetId} data-state="failed">
      <CardTitle>{transaction.offerTitle}</CardTitle>
      <Secondary>{t('myGifts.sent.boughtOn', { date: bought })}</Secondary>
      <Lock>
        {t('myGifts.sent.rowFailed')} {t(`errors.${error.code}`)}
      </Lock>
      <Row>
        <Button
          variant="secondary"
          loading={state.isLoading}
          aria-label={t('myGifts.sent.rowRetry', { offer: transaction.offerTitle, date: bought })}
          onClick={() => void reload(transaction.targetId)}
        >
          {t('common.retry')}
        </Button>
      </Row>
    </Card>
  );
}
