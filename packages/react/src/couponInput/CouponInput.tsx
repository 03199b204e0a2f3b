import { useId, type Ref } from 'react';
import styled from 'styled-components';
import { PROMOTION_CODE_MAX_LENGTH, type Order } from '@giftkit/core';
import { space, v } from '../appearance/resolve';
import { overrides } from '../appearance/styled';
import type { Appearance } from '../appearance/types';
import { useT } from '../i18n/useT';
import { Button } from '../primitives/Button/Button';
import { TextField } from '../primitives/TextField/TextField';
import { VisuallyHidden } from '../primitives/shared/VisuallyHidden';
import { GiftKitRoot } from '../provider/GiftKitRoot';
import { tIsolated } from '../i18n/isolate';
import { useCouponInput, type CouponProblem } from './useCouponInput';

const Wrapper = styled.div`
  display: grid;
  gap: ${space(1)};
  ${overrides('couponInput')}
`;
const Row = styled.div`
  display: flex;
  gap: ${space(1)};
  align-items: end;
  & > :first-child {
    flex: 1;
  }
`;
const Applied = styled.p`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(1)};
  margin: 0;
  padding: ${space(1)} ${space(1.5)};
  border: 1px solid ${v('colorSuccess')};
  border-radius: ${v('borderRadius')};
  ${overrides('couponApplied')}
`;

export interface CouponInputProps {
  /**
   * The order the code goes on, as the API last returned it.
   * @example order={order}
   */
  order: Pick<Order, 'id' | 'couponCode'>;
  /** Called with the order the API returns after each apply / remove: update the summary from it. */
  onOrderChange?: (order: Order) => void;
  /**
   * A code to apply as soon as the component mounts (e.g. from a link's `?couponCode=`).
   * @example couponCode="SPRING20"
   */
  couponCode?: string | null;
  /** @default false */
  disabled?: boolean;
  /**
   * Called with the text typed in the field that is not applied to the order, each time it
   * changes: `''` when the field is empty (or blank) or while a code is applied. Lets the form
   * around the field refuse to submit while a code is typed but not applied.
   * @example onDraftChange={(draft) => setCouponDraft(draft)}
   */
  onDraftChange?: (draft: string) => void;
  /**
   * Mark the field as holding a code that is not applied, with the localised message
   * `coupon.unapplied` ("Apply this code or clear the field before paying."). Set it when your
   * form refuses to submit because `onDraftChange` reported a draft; it shows only while the
   * field does hold one.
   * @default false
   */
  unappliedError?: boolean;
  /**
   * The code's text input (absent while a code is applied), e.g. to move focus to it.
   * @example inputRef={couponField}
   */
  inputRef?: Ref<HTMLInputElement>;
  /** Renders inside its own `GiftKitRoot` (set `false` inside another GiftKit flow). @default true */
  root?: boolean;
  /** This component's appearance, merged over the provider's. */
  appearance?: Appearance;
}

/**
 * Apply or remove one promotion code on an order (`updateOrder(orderId, { couponCode })`),
 * with the precise, localised reason when it is refused. Fires `couponApplied` / `couponRemoved`.
 * @example <CouponInput order={order} onOrderChange={setOrder} couponCode={params.get('couponCode')} />
 */
export function CouponInput({ root = true, appearance, ...props }: CouponInputProps) {
  const { t } = useT('<CouponInput>');
  // The hook runs inside the root, so its DOM events are dispatched from it.
  return root ? (
    <GiftKitRoot name="couponInput" appearance={appearance} aria-label={t('coupon.title')}>
      <CouponInputBody {...props} />
    </GiftKitRoot>
  ) : (
    <CouponInputBody {...props} />
  );
}

function CouponInputBody({ order, onOrderChange, couponCode, disabled = false, onDraftChange, unappliedError = false, inputRef }: Omit<CouponInputProps, 'root' | 'appearance'>) {
  const { t } = useT('<CouponInput>');
  const coupon = useCouponInput({ order, onOrderChange, autoApply: couponCode, onDraftChange });
  const id = useId();
  const problemText = (problem: CouponProblem | null): string | null => {
    if (!problem) return null;
    if (problem.kind === 'format') {
      if (problem.issue === 'EMPTY') return t('coupon.empty');
      return problem.issue === 'TOO_LONG' ? t('coupon.tooLong', { max: PROMOTION_CODE_MAX_LENGTH }) : t('coupon.badFormat');
    }
    if (problem.kind === 'refusal') return `${t(`errors.${problem.code}`)} ${t(`coupon.hints.${problem.code}`)}`;
    return t(`errors.${problem.code}`);
  };
  // Why the form would not submit comes first; the last apply's problem, if any, after it.
  const fieldError = (): string | null => {
    const problem = problemText(coupon.problem);
    if (!unappliedError || coupon.draft === '') return problem;
    return problem ? `${t('coupon.unapplied')} ${problem}` : t('coupon.unapplied');
  };
  return (
    <Wrapper className="gk-couponInput" data-state={coupon.applied ? 'applied' : coupon.status}>
      {coupon.applied ? (
        <Applied className="gk-couponApplied">
          <span>{tIsolated(t, 'coupon.applied', 'code', coupon.applied)}</span>
          <Button variant="link" onClick={coupon.remove} loading={coupon.status === 'removing'} disabled={disabled}>
            {t('coupon.remove')}
          </Button>
        </Applied>
      ) : (
        <Row>
          <TextField
            ref={inputRef}
            id={`gk-coupon${id}`}
            label={t('coupon.label')}
            showOptional
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            value={coupon.text}
            onValueChange={coupon.setText}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void coupon.apply();
              }
            }}
            error={fieldError()}
            disabled={disabled}
          />
          <Button variant="secondary" onClick={() => coupon.apply()} loading={coupon.status === 'applying'} disabled={disabled}>
            {t('coupon.apply')}
          </Button>
        </Row>
      )}
      {coupon.problem && coupon.applied ? <p role="alert">{problemText(coupon.problem)}</p> : null}
      <VisuallyHidden role="status">
        {coupon.announcement === 'applied' && coupon.applied ? t('coupon.applied', { code: coupon.applied }) : coupon.announcement === 'removed' ? t('coupon.removed') : ''}
      </VisuallyHidden>
    </Wrapper>
  );
}
