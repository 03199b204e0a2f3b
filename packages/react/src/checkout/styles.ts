import styled from 'styled-components';
import { space, v } from '../appearance/resolve';
import { overrides } from '../appearance/styled';
import { Alert } from '../primitives/Alert/Alert';

export const Layout = styled.div`
  display: grid;
  gap: ${space(3)};
  max-inline-size: 40rem;
  ${overrides('checkout')}
`;

export const Heading = styled.h2`
  margin: 0;
  font-size: 1.5em;
  line-height: 1.25;
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
  }
  ${overrides('checkoutHeading')}
`;

export const SubHeading = styled.h3`
  margin: 0;
  font-size: 1.125em;
`;

export const Section = styled.section`
  display: grid;
  gap: ${space(1.5)};
  ${overrides('checkoutSection')}
`;

export const Card = styled.div`
  display: grid;
  gap: ${space(0.5)};
  padding: ${space(2)};
  background: ${v('colorSurface')};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
`;

/** The offer's card (`gk-offerSummary`). */
export const OfferCard = styled(Card)`
  ${overrides('offerSummary')}
`;

/** The payment step, the bank's challenge and the confirmation: sections with their own key. */
export const PaymentSection = styled(Section)`
  ${overrides('paymentStep')}
`;
export const ChallengeSection = styled(Section)`
  ${overrides('challengeStep')}
`;
export const ConfirmationSection = styled(Section)`
  ${overrides('confirmation')}
`;

export const Muted = styled.p`
  margin: 0;
  color: ${v('colorTextSecondary')};
`;

export const Text = styled.p`
  margin: 0;
`;

export const ModeGroup = styled.fieldset`
  display: grid;
  gap: ${space(1)};
  margin: 0;
  padding: 0;
  border: 0;
  min-inline-size: 0;
  & > legend {
    padding: 0;
    margin-block-end: ${space(1)};
    font-weight: 600;
  }
  ${overrides('purchaseMode')}
`;

export const ModeOption = styled.div`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: ${space(0.25)} ${space(1)};
  align-items: center;
  min-block-size: 44px;
  padding: ${space(1)} ${space(1.5)};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  cursor: pointer;
  &[data-checked='true'] {
    border-color: ${v('colorPrimary')};
    box-shadow: inset 0 0 0 1px ${v('colorPrimary')};
  }
  &[data-disabled='true'] {
    cursor: not-allowed;
    color: ${v('colorTextSecondary')};
  }
  & > label {
    cursor: inherit;
  }
  & > input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0;
    accent-color: ${v('colorPrimary')};
  }
  & > small {
    grid-column: 2;
    font-size: 0.875em;
    color: ${v('colorTextSecondary')};
  }
`;

export const Summary = styled.dl`
  display: grid;
  grid-template-columns: 1fr auto;
  gap: ${space(0.5)} ${space(2)};
  margin: 0;
  & > dt {
    margin: 0;
  }
  & > dd {
    margin: 0;
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  & > [data-total='true'] {
    padding-block-start: ${space(1)};
    border-block-start: 1px solid ${v('colorBorder')};
    font-weight: 700;
  }
  ${overrides('priceSummary')}
`;

export const Legal = styled.p`
  margin: 0;
  font-size: 0.875em;
  color: ${v('colorTextSecondary')};
  ${overrides('legalCopy')}
`;

export const Note = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

export const Link = styled.a`
  color: ${v('colorPrimary')};
  font-weight: 600;
`;

/** Why the details are locked while a payment attempt is unresolved (an `Alert`). */
export const AttemptLocked = styled(Alert)`
  ${overrides('attemptLocked')}
`;
