import { editCutoff, giftEditability, giftPhase, giftTimeZone, type EditLockReason, type Gift, type GiftEditability, type Transaction, type UnixSeconds } from '@giftkit/core';
import { useT } from '../i18n/useT';
import { Button } from '../primitives/Button/Button';
import { GiftTimeline } from './GiftTimeline';
import { Card, CardTitle, Facts, Lock, Row, Secondary } from './styles';

export interface SentGiftCardProps {
  transaction: Transaction;
  gift: Gift;
  now: UnixSeconds;
  /** A lock the platform reported, which wins over the viewer's clock. */
  serverLock?: EditLockReason;
  onEdit: (gift: Gift) => void;
}

/** Who the gift is for, as the gifter named them. */
export function recipientLabel(gift: Gift, named: (name: string, email: string) => string): string {
  const email = gift.deliveryDetails.recipientEmail;
  const name = gift.recipientName ?? gift.deliveryDetails.recipientName;
  return name ? named(name, email) : email;
}

/** Rule 6 from the viewer's clock, unless the platform already said no. */
export function editabilityOf(gift: Gift, now: UnixSeconds, serverLock?: EditLockReason): GiftEditability {
  const local = giftEditability(gift, now);
  if (!serverLock || !local.editable) return local;
  const closedAt = serverLock === 'SENDING_SOON' ? editCutoff(gift.deliveryDetails.deliveryDate, giftTimeZone(gift)) : null;
  return { editable: false, reason: serverLock, closedAt };
}

/** One bought gift: offer, recipient, delivery time in both zones, timeline, edit or why not. */
export function SentGiftCard({ transaction, gift, now, serverLock, onEdit }: SentGiftCardProps) {
  const { t, format } = useT();
  const zone = giftTimeZone(gift);
  const recipient = recipientLabel(gift, (name, email) => t('myGifts.sent.recipientNamed', { name, email }));
  const deliveryDate = gift.deliveryDetails.deliveryDate;
  const inGiftZone = format.dateTime(deliveryDate, { timeZone: zone, withZone: true });
  const inViewerZone = format.dateTime(deliveryDate, { withZone: true });
  const editability = editabilityOf(gift, now, serverLock);
  const offer = gift.offerTitle ?? transaction.offerTitle;
  return (
    <Card className="gk-myGiftsCard" data-gift-id={gift.id} data-phase={giftPhase(gift, now)} data-editable={editability.editable ? 'true' : undefined}>
      <CardTitle>{offer}</CardTitle>
      <Facts>
        <dt>{t('myGifts.sent.recipient')}</dt>
        <dd>{recipient}</dd>
        <dt>{t('myGifts.sent.delivery')}</dt>
        <dd>
          {inGiftZone}
          {inViewerZone !== inGiftZone ? <Secondary>{t('myGifts.sent.deliveryYours', { time: inViewerZone })}</Secondary> : null}
        </dd>
      </Facts>
      <GiftTimeline gift={gift} now={now} recipient={recipient} timeZone={zone} />
      <Row>
        {editability.editable ? (
          <>
            <Button variant="secondary" aria-label={t('myGifts.edit.buttonFor', { recipient })} onClick={() => onEdit({ ...gift, offerTitle: offer })}>
              {t('myGifts.edit.button')}
            </Button>
            <Secondary>{t('myGifts.edit.openUntil', { time: format.dateTime(editability.closesAt, { timeZone: zone, withZone: true }) })}</Secondary>
          </>
        ) : (
          <Lock className="gk-myGiftsLock" data-reason={editability.reason} tabIndex={-1}>
            {t(`myGifts.edit.locked.${editability.reason}`, {
              time: editability.closedAt == null ? '' : format.dateTime(editability.closedAt, { timeZone: zone, withZone: true }),
            })}
          </Lock>
        )}
      </Row>
    </Card>
  );
}

