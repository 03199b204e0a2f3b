import type { ReactNode } from 'react';
import type { DeliveryDetails, ResolvedDeliveryTime } from '@giftkit/core';
import type { Appearance } from '../appearance/types';
import { useT } from '../i18n/useT';
import { Button } from '../primitives/Button/Button';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { GiftDeliveryFields } from './GiftDeliveryFields';
import { Actions, Form } from './styles';
import { useGiftDeliveryForm, type UseGiftDeliveryFormOptions } from './useGiftDeliveryForm';

/** What a submitted form gives beside the details. */
export interface DeliverySubmitContext {
  /** The zone the recipient was said to live in, or `null`. */
  recipientTimeZone: string | null;
}

export interface GiftDeliveryFormProps extends UseGiftDeliveryFormOptions {
  /**
   * Called with the complete, validated details (trimmed email, resolved Unix seconds) and
   * how the hour was resolved. May return a promise: the button shows progress meanwhile.
   * @example onSubmit={(details) => api.updateGift(giftId, details)}
   */
  onSubmit: (details: DeliveryDetails, schedule: ResolvedDeliveryTime, context: DeliverySubmitContext) => void | Promise<unknown>;
  /** The submit button's text. @default t('deliveryForm.submit') — “Save delivery details” */
  submitLabel?: string;
  /**
   * A second action shown after the submit button, on the same row (it wraps only when the
   * row is too narrow), e.g. a dialog's Cancel. Not disabled with the form.
   * @example secondaryAction={<Button variant="secondary" onClick={close}>{t('common.cancel')}</Button>}
   */
  secondaryAction?: ReactNode;
  /** Disables every field and the button. @default false */
  disabled?: boolean;
  /** Shows the button busy (e.g. while the host saves). @default false */
  busy?: boolean;
  /** Renders inside its own `GiftKitRoot` (set `false` inside another GiftKit flow). @default true */
  root?: boolean;
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
}

/**
 * Recipient email (twice), optional name, delivery date + hour + time zone with a "send
 * today" shortcut, optional recipient zone and a personal note with a counter. Errors show on
 * blur and on submit, in the active locale; focus goes to the first one.
 * @example
 * <GiftDeliveryForm initialValues={deliveryFormValuesFrom(gift.deliveryDetails, gift.timeZone)}
 *   submitLabel="Save" onSubmit={(details) => save(details)} />
 */
export function GiftDeliveryForm(props: GiftDeliveryFormProps) {
  const { onSubmit, submitLabel, secondaryAction, disabled = false, busy = false, root = true, appearance, ...options } = props;
  const { t } = useT('<GiftDeliveryForm>');
  const form = useGiftDeliveryForm(options);
  const body = (
    <Form
      className="gk-deliveryForm"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy || disabled) return;
        const result = form.validate();
        if (result.ok) void onSubmit(result.details, result.schedule, { recipientTimeZone: result.recipientTimeZone });
      }}
    >
      <GiftDeliveryFields form={form} disabled={disabled} />
      <Actions className="gk-deliveryFormActions">
        <Button type="submit" loading={busy} disabled={disabled}>
          {submitLabel ?? t('deliveryForm.submit')}
        </Button>
        {secondaryAction}
      </Actions>
    </Form>
  );
  return root ? (
    <GiftKitRoot name="deliveryForm" appearance={appearance} aria-label={t('deliveryForm.title')}>
      {body}
    </GiftKitRoot>
  ) : (
    body
  );
}
