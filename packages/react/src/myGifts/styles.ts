import styled from 'styled-components';
import { space, v } from '../appearance/resolve';
import { overrides } from '../appearance/styled';

export const Tabs = styled.div`
  display: flex;
  gap: ${space(0.5)};
  border-block-end: 1px solid ${v('colorBorder')};
  margin-block-end: ${space(2)};
  ${overrides('myGiftsTabs')}
`;

export const Tab = styled.button`
  min-block-size: 44px;
  padding: ${space(1)} ${space(2)};
  font: inherit;
  font-weight: 600;
  color: ${v('colorTextSecondary')};
  background: transparent;
  border: 0;
  border-block-end: 3px solid transparent;
  margin-block-end: -1px;
  cursor: pointer;
  &[data-selected='true'] {
    color: ${v('colorText')};
    border-block-end-color: ${v('colorPrimary')};
  }
  &:hover {
    color: ${v('colorText')};
  }
  ${overrides('myGiftsTab')}
`;

export const Panel = styled.div`
  display: grid;
  gap: ${space(2)};
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('myGiftsPanel')}
`;

export const Heading = styled.h2`
  margin: 0;
  font-size: 1.25em;
  line-height: 1.3;
  &:focus {
    outline: none;
  }
  &:focus-visible {
    outline: 3px solid ${v('colorFocus')};
    outline-offset: 2px;
  }
  ${overrides('heading')}
`;

export const List = styled.ul`
  display: grid;
  gap: ${space(2)};
  margin: 0;
  padding: 0;
  list-style: none;
  ${overrides('myGiftsList')}
`;

export const Card = styled.li`
  display: grid;
  gap: ${space(1.5)};
  padding: ${space(2)};
  background: ${v('colorSurface')};
  border: 1px solid ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  ${overrides('myGiftsCard')}
`;

export const CardTitle = styled.h3`
  margin: 0;
  font-size: 1.05em;
  line-height: 1.3;
`;

/**
 * Labels take what they need up to a third of the card (longer ones wrap between words); the
 * values take the rest, so an address fits on its line at 375 px. Breaking inside a word
 * (an email) is the last resort, only when it could not fit otherwise.
 */
export const Facts = styled.dl`
  display: grid;
  grid-template-columns: fit-content(33%) minmax(0, 1fr);
  gap: ${space(0.5)} ${space(1.5)};
  margin: 0;
  & dt {
    font-weight: 600;
  }
  & dd {
    min-inline-size: 0;
    margin: 0;
    overflow-wrap: anywhere;
  }
`;

export const Secondary = styled.span`
  display: block;
  color: ${v('colorTextSecondary')};
`;

export const Line = styled.span`
  display: block;
`;

/**
 * A grid whose rows the steps share (subgrid): every label sits in one row and every date in
 * the next, so a step whose text wraps ("expected November 30, 2027") never pushes the other
 * steps' dates out of line.
 */
export const Timeline = styled.ol`
  display: grid;
  grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr));
  column-gap: ${space(1)};
  row-gap: 0;
  align-items: start;
  /* The last line of steps brings its own spacing below (Step's margin). */
  margin: 0 0 calc(${space(1)} * -1);
  padding: 0;
  list-style: none;
  ${overrides('myGiftsTimeline')}
`;

export const Step = styled.li`
  display: grid;
  grid-row: span 2;
  grid-template-rows: subgrid;
  /* Without subgrid: label and date stay at the top of each step. */
  align-content: start;
  margin-block-end: ${space(1)};
  padding-block-start: ${space(1)};
  border-block-start: 4px solid ${v('colorBorder')};
  color: ${v('colorTextSecondary')};
  &[data-state='done'] {
    border-block-start-color: ${v('colorSuccess')};
    color: ${v('colorText')};
  }
  &[data-state='current'] {
    border-block-start-color: ${v('colorPrimary')};
    color: ${v('colorText')};
    font-weight: 600;
  }
  &[data-phase='expired'][data-state='current'] {
    border-block-start-color: ${v('colorDanger')};
  }
  ${overrides('myGiftsTimelineStep')}
`;

export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${space(1)} ${space(2)};
`;

export const Lock = styled.p`
  margin: 0;
  color: ${v('colorText')};
  ${overrides('myGiftsLock')}
`;

export const Note = styled.p`
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  ${overrides('myGiftsNote')}
`;

export const Pagination = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: ${space(1)};
  ${overrides('myGiftsPagination')}
`;

export const Empty = styled.div`
  display: grid;
  gap: ${space(1)};
  justify-items: start;
  padding: ${space(3)};
  background: ${v('colorSurface')};
  border: 1px dashed ${v('colorBorder')};
  border-radius: ${v('borderRadius')};
  & p {
    margin: 0;
  }
  & a {
    color: ${v('colorPrimary')};
    font-weight: 600;
  }
  ${overrides('myGiftsEmpty')}
`;

/** "Keep editing" and "Discard changes" under the question in the edit dialog. */
export const DiscardActions = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${space(1)};
  margin-block-start: ${space(1)};
`;
