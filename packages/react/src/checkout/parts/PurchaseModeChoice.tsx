import { useId } from 'react';
import type { PurchaseMode, PurchaseModes } from '@giftkit/core';
import { useT } from '../../i18n/useT';
import { flagAttr } from './flag';
import { ModeGroup, ModeOption } from '../styles';

export interface PurchaseModeChoiceProps {
  modes: PurchaseModes;
  mode: PurchaseMode;
  onChange: (mode: PurchaseMode) => void;
  disabled: boolean;
}

/** *For myself* / *as a gift*, the unavailable one disabled with its reason. */
export function PurchaseModeChoice({ modes, mode, onChange, disabled }: PurchaseModeChoiceProps) {
  const { t } = useT();
  const id = useId();
  const options: PurchaseMode[] = ['myself', 'gift'];
  return (
    <ModeGroup className="gk-purchaseMode">
      <legend>{t('checkout.mode.legend')}</legend>
      {options.map((option) => {
        const availability = modes[option];
        const reasonId = `${id}-${option}-reason`;
        const reason = availability.available ? (option === 'gift' ? t('checkout.mode.giftHint') : null) : t(`checkout.reasons.${availability.reason}`);
        return (
          <ModeOption key={option} data-checked={flagAttr(mode === option)} data-disabled={flagAttr(!availability.available)}>
            <input
              id={`${id}-${option}`}
              type="radio"
              name={`${id}-mode`}
              value={option}
              checked={mode === option}
              disabled={disabled || !availability.available}
              aria-describedby={reason ? reasonId : undefined}
              onChange={() => onChange(option)}
            />
            <label htmlFor={`${id}-${option}`}>{t(`checkout.mode.${option}`)}</label>
            {reason ? <small id={reasonId}>{reason}</small> : null}
          </ModeOption>
        );
      })}
    </ModeGroup>
  );
}
