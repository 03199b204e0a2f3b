import { useEffect, useRef } from 'react';
import { editCutoff, giftTimeZone, type UnixSeconds } from '@giftkit/core';
import { deliveryFormValuesFrom, GiftDeliveryForm } from '../giftDeliveryForm';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Dialog } from '../primitives/Dialog/Dialog';
import { recipientLabel } from './SentGiftCard';
import type { EditGiftState } from './useEditGift';

export interface EditGiftDialogProps {
  edit: EditGiftState;
  now: UnixSeconds;
}

/**
 * The delivery form, prefilled, in a dialog. The form stays mounted on failures so nothing
 * typed is lost; a refusal by the platform (edit window closed meanwhile) says why.
 */
export function EditGiftDialog({ edit, now }: EditGiftDialogProps) {
  const { t, format } = useT();
  const { gift } = edit;
  const refusalRef = useRef<HTMLDivElement>(null);
  const refusedNow = edit.status === 'refused';
  // A refusal disables the save button that had focus, which would drop focus to the page
  // (and out of the dialog's Escape handling): the reason takes it instead.
  useEffect(() => {
    if (refusedNow) refusalRef.current?.focus();
  }, [refusedNow]);
  if (!gift || edit.status === 'closed') return null;
  const zone = giftTimeZone(gift);
  const recipient = recipientLabel(gift, (name, email) => t('myGifts.sent.recipientNamed', { name, email }));
  const refused = edit.status === 'refused';
  const closedAt = format.dateTime(editCutoff(gift.deliveryDetails.deliveryDate, zone), { timeZone: zone, withZone: true });
  return (
    <Dialog
      open
      onClose={edit.close}
      title={t('myGifts.edit.title')}
      description={t('myGifts.edit.description', { recipient, offer: gift.offerTitle ?? '' })}
      actions={
        <Button variant="secondary" onClick={edit.close}>
          {refused ? t('common.close') : t('common.cancel')}
        </Button>
      }
    >
      {refused && edit.refusal ? (
        <div ref={refusalRef} tabIndex={-1} className="gk-myGiftsRefusal">
          <Alert variant="danger" title={t('myGifts.edit.refusedTitle')}>
            {t(`myGifts.edit.locked.${edit.refusal}`, { time: closedAt })}
          </Alert>
        </div>
      ) : null}
      {edit.status === 'failed' && edit.error ? <Alert variant="danger">{t(`errors.${edit.error.code}`)}</Alert> : null}
      <GiftDeliveryForm
        root={false}
        initialValues={deliveryFormValuesFrom(gift.deliveryDetails, zone)}
        now={now}
        submitLabel={t('myGifts.edit.save')}
        busy={edit.status === 'saving'}
        disabled={refused}
        onSubmit={(details) => edit.save(details)}
      />
    </Dialog>
  );
}
