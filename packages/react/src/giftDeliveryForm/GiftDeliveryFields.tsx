import { PERSONAL_NOTE_MAX_LENGTH } from '@giftkit/core';
import { Button } from '../primitives/Button/Button';
import { Checkbox } from '../primitives/Checkbox/Checkbox';
import { DateField } from '../primitives/DateField/DateField';
import { HourField } from '../primitives/HourField/HourField';
import { TextArea } from '../primitives/TextArea/TextArea';
import { TextField } from '../primitives/TextField/TextField';
import { TimeZoneField } from '../primitives/TimeZoneField/TimeZoneField';
import { useT } from '../i18n/useT';
import { Fields, Fieldset, Row, Schedule } from './styles';
import type { GiftDeliveryFormState } from './useGiftDeliveryForm';
import { viewerTimeZone } from './useGiftDeliveryForm';

export interface GiftDeliveryFieldsProps {
  /** The state from `useGiftDeliveryForm`. */
  form: GiftDeliveryFormState;
  /** @default false */
  disabled?: boolean;
}

/**
 * The delivery fields bound to a `useGiftDeliveryForm` state, for hosts (and `Checkout`)
 * that place them inside their own form.
 * @example const form = useGiftDeliveryForm({ now }); <GiftDeliveryFields form={form} />
 */
export function GiftDeliveryFields({ form, disabled = false }: GiftDeliveryFieldsProps) {
  const { t, format } = useT('<GiftDeliveryFields>');
  const { fields, schedule, recipientTimeZone, registerControl } = form;
  const timeIn = (zone: string) => (schedule ? format.dateTime(schedule.deliveryDate, { timeZone: zone, withZone: true }) : '');
  const requested = schedule ? format.wallTime(schedule.requested.date, schedule.requested.hour) : '';
  const scheduleText = !schedule
    ? null
    : schedule.resolution === 'gap'
      ? t('deliveryForm.gapResolved', { requested, time: timeIn(form.values.timeZone) })
      : schedule.resolution === 'overlap'
        ? t('deliveryForm.overlapResolved', { requested, time: timeIn(form.values.timeZone) })
        : t('deliveryForm.scheduled', { time: timeIn(form.values.timeZone) });
  return (
    <Fields className="gk-deliveryFields">
      <TextField
        {...fields.recipientEmail}
        ref={registerControl('recipientEmail')}
        type="email"
        autoComplete="off"
        label={t('deliveryForm.recipientEmail')}
        description={t('deliveryForm.recipientEmailHint')}
        required
        disabled={disabled}
      />
      <TextField
        {...fields.recipientEmailConfirmation}
        ref={registerControl('recipientEmailConfirmation')}
        type="email"
        autoComplete="off"
        label={t('deliveryForm.recipientEmailConfirmation')}
        required
        disabled={disabled}
      />
      <TextField
        {...fields.recipientName}
        ref={registerControl('recipientName')}
        autoComplete="off"
        label={t('deliveryForm.recipientName')}
        showOptional
        disabled={disabled}
      />
      <Fieldset className="gk-deliveryFieldset">
        <legend>{t('deliveryForm.whenLegend')}</legend>
        <Row>
          <DateField {...fields.date} ref={registerControl('date')} required disabled={disabled} />
          <HourField {...fields.hour} ref={registerControl('hour')} required disabled={disabled} />
        </Row>
        <div>
          <Button variant="secondary" onClick={form.sendNow} disabled={disabled} aria-describedby={`${form.idPrefix}-sendNowHint`}>
            {t('deliveryForm.sendNow')}
          </Button>
          <Schedule as="span" id={`${form.idPrefix}-sendNowHint`} className="gk-fieldHint">
            {' '}
            {t('deliveryForm.sendNowHint')}
          </Schedule>
        </div>
        <TimeZoneField {...fields.timeZone} ref={registerControl('timeZone')} label={t('deliveryForm.deliveryZone')} required disabled={disabled} />
        {scheduleText ? (
          <Schedule className="gk-deliverySchedule" data-resolution={schedule?.resolution} aria-live="polite">
            {scheduleText}
          </Schedule>
        ) : null}
        <Checkbox
          label={t('deliveryForm.recipientZoneToggle')}
          checked={recipientTimeZone !== null}
          onCheckedChange={(on) => form.setRecipientTimeZone(on ? viewerTimeZone() : null)}
          disabled={disabled}
        />
        {recipientTimeZone !== null ? (
          <>
            <TimeZoneField id={`${form.idPrefix}-recipientTimeZone`} label={t('deliveryForm.recipientZone')} value={recipientTimeZone} onValueChange={form.setRecipientTimeZone} disabled={disabled} />
            {schedule ? <Schedule className="gk-deliverySchedule">{t('deliveryForm.recipientArrival', { time: timeIn(recipientTimeZone) })}</Schedule> : null}
          </>
        ) : null}
      </Fieldset>
      <TextArea
        {...fields.personalNote}
        ref={registerControl('personalNote')}
        label={t('deliveryForm.personalNote')}
        description={t('deliveryForm.personalNoteHint')}
        showOptional
        maxLength={PERSONAL_NOTE_MAX_LENGTH}
        rows={4}
        disabled={disabled}
      />
    </Fields>
  );
}
