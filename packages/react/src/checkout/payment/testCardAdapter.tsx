import styled from 'styled-components';
import { space } from '../../appearance/resolve';
import { useT } from '../../i18n/useT';
import { Button } from '../../primitives/Button/Button';
import { TextField } from '../../primitives/TextField/TextField';
import type { PaymentAdapter, PaymentChallengeProps, PaymentCollectResult, PaymentFieldValues, PaymentFieldsProps } from './PaymentAdapter';

const CARD_NUMBER = /^\d{12,19}$/;

/** The card number as digits only (`4242 4242 4242 4242` → `4242424242424242`). */
export function cardDigits(value: string): string {
  return value.replace(/[\s-]/g, '');
}

function collectTestCard(values: PaymentFieldValues): PaymentCollectResult {
  const digits = cardDigits(values.cardNumber ?? '');
  if (digits === '') return { ok: false, error: 'REQUIRED' };
  if (!CARD_NUMBER.test(digits)) return { ok: false, error: 'INVALID' };
  return { ok: true, method: { type: 'card', token: digits } };
}

function TestCardFields({ values, onChange, error, disabled, inputRef }: PaymentFieldsProps) {
  const { t } = useT();
  return (
    <TextField
      ref={inputRef}
      label={t('checkout.card.number')}
      description={t('checkout.card.testHint')}
      inputMode="numeric"
      autoComplete="cc-number"
      required
      value={values.cardNumber ?? ''}
      onValueChange={(cardNumber) => onChange({ ...values, cardNumber })}
      error={error}
      disabled={disabled}
    />
  );
}

const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(1)};
`;

function TestCardChallenge({ onComplete, onCancel, busy }: PaymentChallengeProps) {
  const { t } = useT();
  return (
    <>
      <p>{t('checkout.challenge.text')}</p>
      <Actions>
        <Button onClick={() => onComplete('complete')} loading={busy}>
          {t('checkout.challenge.approve')}
        </Button>
        <Button variant="secondary" onClick={() => onComplete('fail')} disabled={busy}>
          {t('checkout.challenge.fail')}
        </Button>
        <Button variant="link" onClick={onCancel} disabled={busy}>
          {t('checkout.challenge.cancel')}
        </Button>
      </Actions>
    </>
  );
}

/**
 * The built-in adapter for the simulated platform: a card-number field whose token is the
 * number (`4242 4242 4242 4242` pays, `4000 0000 0000 0002` is declined,
 * `4000 0000 0000 3220` asks for a challenge), and a challenge step with approve / fail.
 * Not for production: it sends the card number as the token.
 */
export const testCardAdapter: PaymentAdapter = {
  name: 'test-card',
  Fields: TestCardFields,
  collect: collectTestCard,
  Challenge: TestCardChallenge,
};
