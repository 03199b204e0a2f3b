import styled from 'styled-components';
import { space, v } from '../appearance/resolve';
import { overrides } from '../appearance/styled';

export const Layout = styled.div`
  display: grid;
  gap: ${space(2)};
  min-inline-size: 0;
`;

export const Heading = styled.h2`
  margin: 0;
  font-size: 1.5em;
  line-height: 1.25;
  ${overrides('heading')}
`;

export const SubHeading = styled.h3`
  margin: 0;
  font-size: 1.15em;
`;

export const Toolbar = styled.form`
  display: flex;
  flex-wrap: wrap;
  align-items: flex-end;
  gap: ${space(1)};
  & > :first-child {
    flex: 1 1 18rem;
  }
  ${overrides('giftManagerToolbar')}
`;

export const Filters = styled.fieldset`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr));
  align-items: end;
  gap: ${space(1.5)};
  margin: 0;
  padding: ${space(1.5)};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  & > legend {
    padding: 0 ${space(0.5)};
    font-weight: 600;
  }
  ${overrides('giftManagerFilters')}
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${space(1)};
`;

export const Secondary = styled.span`
  display: block;
  color: ${v('colorTextSecondary')};
  font-size: 0.875em;
`;

export const TableWrap = styled.div`
  /* Contains the visually hidden labels (absolutely positioned) so they never widen the page. */
  position: relative;
  overflow-x: auto;
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  /*
   * A hint that there is more sideways: shadows at an edge with hidden content, covered by
   * the background (which scrolls with the content) once that edge is reached. Symmetric, so
   * right to left needs nothing else.
   */
  &[data-scrolls='true'] {
    background:
      linear-gradient(to right, ${v('colorBackground')} 30%, transparent) left center / 2.5rem 100% no-repeat local,
      linear-gradient(to left, ${v('colorBackground')} 30%, transparent) right center / 2.5rem 100% no-repeat local,
      radial-gradient(farthest-side at 0 50%, rgba(0, 0, 0, 0.25), transparent) left center / 0.875rem 100% no-repeat scroll,
      radial-gradient(farthest-side at 100% 50%, rgba(0, 0, 0, 0.25), transparent) right center / 0.875rem 100% no-repeat scroll;
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  &[data-updating='true'] table {
    opacity: 0.6;
  }
`;

export const Table = styled.table`
  inline-size: 100%;
  /* Columns wrap to fit common widths; below this a narrow screen scrolls the box instead. */
  min-inline-size: 40rem;
  border-collapse: collapse;
  font-size: 0.9375em;
  & caption {
    padding: ${space(1)};
    text-align: start;
    color: ${v('colorTextSecondary')};
  }
  & th,
  & td {
    padding: ${space(1)};
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid ${v('colorBorder')};
  }
  & thead th {
    background: ${v('colorSurface')};
  }
  /* Long emails break anywhere rather than widen the table. */
  & td[data-column='recipient'] {
    overflow-wrap: anywhere;
    min-inline-size: 8rem;
  }
  ${overrides('giftManagerTable')}
`;

export const SortButton = styled.button`
  display: inline-flex;
  align-items: center;
  gap: ${space(0.5)};
  min-block-size: 44px;
  margin: 0;
  padding: 0 ${space(0.5)};
  font: inherit;
  font-weight: 600;
  color: inherit;
  text-align: start;
  background: transparent;
  border: 0;
  cursor: pointer;
  ${overrides('giftManagerSortButton')}
`;

export const Badge = styled.span`
  display: inline-flex;
  align-items: center;
  gap: ${space(0.5)};
  padding: ${space(0.25)} ${space(1)};
  font-weight: 600;
  white-space: nowrap;
  border: 1px solid currentColor;
  border-radius: 999px;
  &[data-status='standby'] {
    color: ${v('colorWarning')};
  }
  &[data-status='expired'] {
    color: ${v('colorDanger')};
  }
  &[data-status='activated'] {
    color: ${v('colorSuccess')};
  }
  &[data-status='completed'] {
    color: ${v('colorTextSecondary')};
  }
  ${overrides('giftManagerStatusBadge')}
`;

export const Code = styled.code`
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  white-space: nowrap;
  ${overrides('giftManagerCode')}
`;

export const CopyRow = styled.span`
  display: inline-flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(0.5)};
  ${overrides('giftManagerCopyButton')}
`;

export const Pagination = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(1)};
  ${overrides('giftManagerPagination')}
`;

export const Timeline = styled.ol`
  display: grid;
  gap: ${space(0.5)};
  margin: 0;
  padding-inline-start: ${space(3)};
  & [aria-current='step'] {
    font-weight: 600;
  }
  ${overrides('giftManagerTimeline')}
`;

export const Facts = styled.dl`
  display: grid;
  grid-template-columns: max-content 1fr;
  gap: ${space(0.5)} ${space(2)};
  margin: 0;
  & dt {
    font-weight: 600;
  }
  & dd {
    margin: 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
`;

export const Report = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(1)};
  & a {
    color: ${v('colorPrimary')};
    font-weight: 600;
  }
  ${overrides('giftManagerReport')}
`;

export const AnalyticsBox = styled.section`
  display: grid;
  gap: ${space(2)};
  padding: ${space(2)};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  & details > summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  ${overrides('giftManagerAnalytics')}
`;

export const Totals = styled.dl`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
  gap: ${space(1)};
  margin: 0;
  & > div {
    padding: ${space(1)};
    background: ${v('colorSurface')};
    border-radius: ${v('borderRadius')};
  }
  & dt {
    color: ${v('colorTextSecondary')};
    font-size: 0.875em;
  }
  & dd {
    margin: 0;
    font-size: 1.25em;
    font-weight: 600;
  }
`;

export const Chart = styled.svg`
  display: block;
  direction: ltr;
  inline-size: 100%;
  block-size: auto;
  max-block-size: 16rem;
  /* One row per offer: the height follows the number of offers, the text stays legible. */
  &[data-layout='rows'] {
    max-block-size: none;
  }
  & .bought {
    fill: ${v('colorPrimary')};
  }
  & .redeemed {
    fill: ${v('colorSuccess')};
  }
  & text {
    fill: ${v('colorText')};
    font-size: 11px;
  }
  & line {
    stroke: ${v('colorBorder')};
  }
  & line.baseline {
    stroke: ${v('colorTextSecondary')};
  }
  & line.grid {
    stroke-dasharray: 3 3;
  }
  ${overrides('giftManagerChart')}
`;

export const Legend = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(2)};
  margin: 0;
  padding: 0;
  list-style: none;
  & span[aria-hidden] {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    margin-inline-end: ${space(0.5)};
    vertical-align: middle;
  }
`;

export const LinkText = styled(Code)`
  display: block;
  white-space: normal;
  overflow-wrap: anywhere;
`;
