import styled from 'styled-components';
import { space, v } from '../appearance/resolve';
import { overrides } from '../appearance/styled';

export const Card = styled.section`
  display: grid;
  gap: ${space(2)};
  max-inline-size: 36rem;
  padding: ${space(3)};
  background: ${v('colorBackground')};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  ${overrides('redeemCard')}
`;

export const Title = styled.h2`
  margin: 0;
  font-size: 1.5em;
  line-height: 1.25;
  ${overrides('redeemTitle')}
`;

export const Text = styled.p`
  margin: 0;
`;

export const Form = styled.form`
  display: grid;
  gap: ${space(1.5)};
  justify-items: start;
  & > .gk-field {
    inline-size: 100%;
  }
  & .gk-input {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    letter-spacing: 0.08em;
  }
  ${overrides('redeemForm')}
`;

export const Panel = styled.div`
  display: grid;
  gap: ${space(1.5)};
  justify-items: start;
  padding: ${space(2)};
  background: ${v('colorSurface')};
  border-radius: ${v('borderRadius')};
  ${overrides('redeemPanel')}
`;

/** The thank-you step: a panel that also takes `elements.redeemThankYou`. */
export const ThankYouPanel = styled(Panel)`
  ${overrides('redeemThankYou')}
`;

export const PanelTitle = styled.h3`
  margin: 0;
  font-size: 1.15em;
  line-height: 1.3;
  ${overrides('redeemPanelTitle')}
`;

export const Dates = styled.dl`
  display: grid;
  grid-template-columns: auto 1fr;
  gap: ${space(0.5)} ${space(2)};
  margin: 0;
  & dt {
    color: ${v('colorTextSecondary')};
  }
  & dd {
    margin: 0;
    font-weight: 600;
  }
  ${overrides('redeemDates')}
`;

export const Cooldown = styled.div`
  display: grid;
  gap: ${space(0.5)};
  ${overrides('redeemCooldown')}
`;

export const Link = styled.a`
  color: ${v('colorPrimary')};
  text-decoration: underline;
  text-underline-offset: 0.15em;
  ${overrides('redeemLink')}
`;

export const Actions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(1.5)};
  align-items: center;
`;
