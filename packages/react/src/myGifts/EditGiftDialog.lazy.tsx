import { useEffect, useMemo, useRef, useState } from 'react';
import { DELIVERY_FORM_FIELDS, editCutoff, giftTimeZone, type DeliveryFormValues, type Gift, type UnixSeconds } from '@giftkit/core';
import { deliveryFormValuesFrom, GiftDeliveryForm } from '../giftDeliveryForm';
import { useT } from '../i18n/useT';
import { Alert } from '../primitives/Alert/Alert';
import { Button } from '../primitives/Button/Button';
import { Dialog } from '../primitives/Dialog/Dialog';
import { recipientLabel } from './SentGiftCard';
import { DiscardActions } from './styles';
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
  const { gift } = edit;
  if (!gift || edit.status === 'closed') return null;
  // One instance per opening: what was changed and a pending "discard?" never carry over.
  return <OpenEditGiftDialog key={gift.id} edit={edit} gift={gift} now={now} />;
}

const changedFrom = (initial: DeliveryFormValues, values: DeliveryFormValues) => DELIVERY_FORM_FIELDS.some((field) => values[field] !== initial[field]);

function OpenEditGiftDialog({ edit, gift, now }: EditGiftDialogProps & { gift: Gift }) {
  const { t, format } = useT();
  const refusalRef = useRef<HTMLDivElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const zone = giftTimeZone(gift);
  const initialValues = useMemo(() => deliveryFormValuesFrom(gift.deliveryDetails, zone), [gift.deliveryDetails, zone]);
  const [changed, setChanged] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const refused = edit.status === 'refused';
  // A refusal disables the save button that had focus, which would drop focus to the page
  // (and out of the dialog's Escape handling): the reason takes it instead.
  useEffect(() => {
    if (refused) refusalRef.current?.focus();
  }, [refused]);
  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  // Escape, × and Cancel ask first when something was changed, so a stray key loses nothing.
  const requestClose = () => {
    if (!changed || refused || edit.status === 'saving') {
      edit.close();
      return;
    }
    if (confirming) {
      keepEditing();
      return;
    }
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setConfirming(true);
  };
  const keepEditing = () => {
    setConfirming(false);
    if (returnTo.current?.isConnected) returnTo.current.focus();
  };

  const recipient = recipientLabel(gift, (name, email) => t('myGifts.sent.recipientNamed', { name, email }));
  const closedAt = format.dateTime(editCutoff(gift.deliveryDetails.deliveryDate, zone), { timeZone: zone, withZone: true });
  return (
    <Dialog
      open
      onClose={requestClose}
      title={t('myGifts.edit.title')}
      description={t('myGifts.edit.description', { recipient, offer: gift.offerTitle ?? '' })}
    >
      {confirming ? (
        <Alert variant="warning" title={t('myGifts.edit.discardTitle')} className="gk-myGiftsDiscard">
          {t('myGifts.edit.discardText')}
          <DiscardActions>
            <Button ref={keepRef} variant="secondary" onClick={keepEditing}>
              {t('myGifts.edit.keepEditing')}
            </Button>
            <Button variant="danger" onClick={edit.close}>
              {t('myGifts.edit.discard')}
            </Button>
          </DiscardActions>
        </Alert>
      ) : null}
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
        initialValues={initialValues}
        onValuesChange={(values) => setChanged(changedFrom(initialValues, values))}
        now={now}
        submitLabel={t('myGifts.edit.save')}
        busy={edit.status === 'saving'}
        disabled={refused}
        onSubmit={(details) => edit.save(details)}
        // Beside "Save changes" on one row (primary first), not in a footer row of its own.
        secondaryAction={
          <Button variant="secondary" onClick={requestClose}>
            {refused ? t('common.close') : t('common.cancel')}
          </Button>
        }
      />
    </Dialog>
  );
}
