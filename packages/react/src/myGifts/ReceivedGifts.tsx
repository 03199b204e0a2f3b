import type { ReceivedGift } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Skeleton } from '../primitives/Skeleton/Skeleton';
import type { StoredError } from '../store/giftsApi';
import { Card, CardTitle, Empty, Facts, Heading, Line, List, Note } from './styles';

/** The received-gifts tab, driven by one status. */
export type ReceivedGiftsStatus = 'signedOut' | 'loading' | 'failed' | 'empty' | 'ready';

export interface ReceivedGiftsProps {
  status: ReceivedGiftsStatus;
  gifts: ReceivedGift[];
  error: StoredError | null;
  retry: () => void;
  redeemUrl: string | undefined;
}

/** Gifts the viewer received: from whom, what, the note (as text), when redeemed, until when. */
export function ReceivedGifts({ status, gifts, error, retry, redeemUrl }: ReceivedGiftsProps) {
  const { t, format } = useT();
  return (
    <>
      <Heading>{t('myGifts.received.heading')}</Heading>
      {status === 'loading' ? <Skeleton lines={4} height="1.5em" label={t('myGifts.received.loading')} /> : null}
      {status === 'failed' ? (
        <Alert variant="danger" onAction={retry}>
          {t(`errors.${error?.code ?? 'UNKNOWN'}`)}
        </Alert>
      ) : null}
      {status === 'empty' ? (
        <Empty className="gk-myGiftsEmpty">
          <p>{t('myGifts.received.empty')}</p>
          {redeemUrl ? <a href={redeemUrl}>{t('myGifts.received.redeem')}</a> : null}
        </Empty>
      ) : null}
      {status === 'ready' ? (
        <List className="gk-myGiftsList">
          {gifts.map((gift) => (
            <Card key={gift.giftId} className="gk-myGiftsCard" data-redeemed={gift.redeemedAt != null ? 'true' : undefined}>
              <CardTitle>{gift.offerTitle}</CardTitle>
              <Facts>
                <dt>{t('myGifts.received.fromLabel')}</dt>
                <dd>{gift.gifterName ? t('myGifts.sent.recipientNamed', { name: gift.gifterName, email: gift.gifterEmail }) : gift.gifterEmail}</dd>
                {gift.personalNote ? (
                  <>
                    <dt>{t('myGifts.received.note')}</dt>
                    <dd>
                      <Note className="gk-myGiftsNote">{gift.personalNote}</Note>
                    </dd>
                  </>
                ) : null}
                <dt>{t('myGifts.received.statusLabel')}</dt>
                <dd>
                  <Line>{gift.redeemedAt != null ? t('myGifts.received.redeemedAt', { date: format.date(gift.redeemedAt) }) : t('myGifts.received.notRedeemed')}</Line>
                  {gift.accessEndsAt != null ? <Line>{t('myGifts.received.accessUntil', { date: format.date(gift.accessEndsAt) })}</Line> : null}
                </dd>
              </Facts>
            </Card>
          ))}
        </List>
      ) : null}
    </>
  );
}
