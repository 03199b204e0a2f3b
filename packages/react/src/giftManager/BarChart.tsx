import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { v } from '../appearance/resolve';
import { useT } from '../i18n/useT';
import { Chart, Legend } from './styles';

export interface BarDatum {
  /** Unique within the chart (a month `YYYY-MM`, an offer id). */
  key: string;
  /** The full label, as in the data table (a tooltip on the chart). */
  label: string;
  /**
   * The label as lines under a column (columns layout), e.g. `["Mar", "2026"]`; a line after
   * the first that repeats the previous shown column's is left out (the year under January
   * and the first month only). The full label when absent.
   */
  axis?: readonly string[];
  bought: number;
  redeemed: number;
}

/**
 * `columns`: vertical bars with short labels underneath (months). `rows`: horizontal bars
 * with the full label on the left (offers, whose names differ only at the end: "Football
 * Monthly" and "Football Annual").
 */
export type BarChartLayout = 'columns' | 'rows';

const HEIGHT = 160;
const AXIS_LINE = 13;
const CHAR_WIDTH = 6.2; // 11px text, a generous average glyph width
const ROW_HEIGHT = 28;
const PLOT_WIDTH = 260;
const MIN_PLOT_WIDTH = 120;
const MAX_PLOT_WIDTH = 420;
const MAX_LABEL_CHARS = 40;
const MIN_LABEL_CHARS = 8;

/** Shortens a long label in the middle, so both its start and its distinguishing end stay. */
export function middleEllipsis(label: string, max = MAX_LABEL_CHARS): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

/**
 * The chart's own geometry is always left to right (time runs left to right, bars grow from
 * the axis), whatever the page's direction; only label text runs in the language's direction.
 * SVG resolves `text-anchor` against the text's direction (`start` is the right edge of right
 * to left text), so anchors are given by the side of the text that sits at `x`.
 */
interface TextSide {
  direction: 'ltr' | 'rtl';
  /** Anchor for text whose left edge is at `x`. */
  left: 'start' | 'end';
  /** Anchor for text whose right edge is at `x`. */
  right: 'start' | 'end';
}

const textSide = (dir: 'ltr' | 'rtl'): TextSide => (dir === 'rtl' ? { direction: 'rtl', left: 'end', right: 'start' } : { direction: 'ltr', left: 'start', right: 'end' });

interface Geometry {
  width: number;
  height: number;
  body: ReactNode;
}

/** Values for the y axis: 0, the middle when it is a whole number, the maximum. */
function ticks(max: number): number[] {
  const middle = max / 2;
  return max >= 4 && Number.isInteger(middle) ? [0, middle, max] : [0, max];
}

function columns(data: readonly BarDatum[], max: number, number: (value: number) => string): Geometry {
  const lines = Math.max(1, ...data.map((d) => (d.axis ?? [d.label]).length));
  const labelSpace = 8 + lines * AXIS_LINE;
  const group = 32;
  const scale = ticks(max);
  // Room for the y axis values on the left (numbers: direction-neutral, anchored by their right edge).
  const axisWidth = 8 + Math.max(...scale.map((value) => number(value).length)) * CHAR_WIDTH;
  const width = Math.max(200, axisWidth + data.length * group + 4);
  const every = Math.max(1, Math.ceil(data.length / 12));
  const top = 8;
  const base = HEIGHT - labelSpace;
  const bar = (value: number) => Math.round((value / max) * (base - top));
  let previous: readonly string[] = [];
  const axisOf = (d: BarDatum) => {
    const lines = d.axis ?? [d.label];
    const shown = lines.filter((line, i) => i === 0 || line !== previous[i]);
    previous = lines;
    return shown;
  };
  const body = (
    <>
      <g className="gk-chartScale">
        {scale.map((value) => (
          <g key={value}>
            <line className={value === 0 ? 'baseline' : 'grid'} x1={axisWidth} x2={width} y1={base - bar(value)} y2={base - bar(value)} />
            <text x={axisWidth - 4} y={base - bar(value) + 4} textAnchor="end" direction="ltr">
              {number(value)}
            </text>
          </g>
        ))}
      </g>
      {data.map((d, index) => {
        const x = axisWidth + 4 + index * group;
        const bought = bar(d.bought);
        const redeemed = bar(d.redeemed);
        return (
          <g key={d.key}>
            <title>{d.label}</title>
            <rect className="bought" x={x} y={base - bought} width={12} height={bought} />
            <rect className="redeemed" x={x + 13} y={base - redeemed} width={12} height={redeemed} />
            {index % every === 0 ? (
              // Centred under its two bars: `middle` is the same in both directions, and the
              // first label never starts left of the plot.
              <text className="gk-chartLabel" x={x + 12.5} y={base + AXIS_LINE} textAnchor="middle">
                {axisOf(d).map((line, i) => (
                  <tspan key={i} x={x + 12.5} dy={i === 0 ? 0 : AXIS_LINE}>
                    {line}
                  </tspan>
                ))}
              </text>
            ) : null}
          </g>
        );
      })}
    </>
  );
  return { width, height: HEIGHT, body };
}

function rows(data: readonly BarDatum[], max: number, number: (value: number) => string, side: TextSide, available: number | null): Geometry {
  const valueSpace = 8 + Math.max(...data.map((d) => number(Math.max(d.bought, d.redeemed)).length)) * CHAR_WIDTH;
  // In a narrow box (a phone) labels get at most 45% of it, so the chart is drawn near 1:1 and
  // its 11px text stays legible instead of being scaled down.
  const maxChars = available == null ? MAX_LABEL_CHARS : Math.max(MIN_LABEL_CHARS, Math.min(MAX_LABEL_CHARS, Math.floor((available * 0.45 - 8) / CHAR_WIDTH)));
  const shown = data.map((d) => middleEllipsis(d.label, maxChars));
  const labelWidth = Math.ceil(Math.min(maxChars, Math.max(6, ...shown.map((s) => [...s].length))) * CHAR_WIDTH) + 8;
  const plotWidth = available == null ? PLOT_WIDTH : Math.min(MAX_PLOT_WIDTH, Math.max(MIN_PLOT_WIDTH, Math.floor(available - labelWidth - valueSpace)));
  const width = labelWidth + plotWidth + valueSpace;
  const height = 8 + data.length * ROW_HEIGHT;
  const bar = (value: number) => Math.round((value / max) * plotWidth);
  const body = (
    <>
      <line className="baseline" x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
      {data.map((d, index) => {
        const y = 4 + index * ROW_HEIGHT;
        const bought = bar(d.bought);
        const redeemed = bar(d.redeemed);
        return (
          <g key={d.key}>
            <title>{d.label}</title>
            <text className="gk-chartLabel" x={labelWidth - 6} y={y + 15} textAnchor={side.right} direction={side.direction}>
              {shown[index]}
            </text>
            <rect className="bought" x={labelWidth} y={y + 2} width={bought} height={10} />
            <text x={labelWidth + bought + 4} y={y + 11} direction="ltr">
              {number(d.bought)}
            </text>
            <rect className="redeemed" x={labelWidth} y={y + 13} width={redeemed} height={10} />
            <text x={labelWidth + redeemed + 4} y={y + 22} direction="ltr">
              {number(d.redeemed)}
            </text>
          </g>
        );
      })}
    </>
  );
  return { width, height, body };
}

/** The width of the box the chart sits in (CSS px), once known; `null` before layout or without ResizeObserver. */
function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || typeof ResizeObserver === 'undefined') return undefined;
    const measure = () => {
      const next = Math.floor(box.getBoundingClientRect().width);
      // Round to 8px steps: a resize by a pixel or two never redraws the chart.
      setWidth(next > 0 ? next - (next % 8) : null);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

/**
 * Two bars per group (bought, redeemed) as an SVG picture: `role="img"` named by its
 * `<title>`, described by a summary that points to the data table beside it.
 */
export function BarChart({ title, data, layout = 'columns' }: { title: string; data: readonly BarDatum[]; layout?: BarChartLayout }) {
  const { t, format, dir } = useT();
  const id = useId();
  const figure = useRef<HTMLElement>(null);
  const available = useWidth(figure);
  const max = Math.max(1, ...data.map((d) => Math.max(d.bought, d.redeemed)));
  const number = (value: number) => format.number(value);
  const { width, height, body } = layout === 'rows' ? rows(data, max, number, textSide(dir), available) : columns(data, max, number);
  return (
    <figure ref={figure} style={{ margin: 0 }}>
      <Chart
        className="gk-giftManagerChart"
        data-layout={layout}
        viewBox={`0 0 ${width} ${height}`}
        // Never inherit the page's right-to-left direction: it flips every text anchor.
        direction="ltr"
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
        preserveAspectRatio="xMinYMin meet"
        style={layout === 'rows' ? { maxInlineSize: `${width}px` } : undefined}
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{t('giftManager.analytics.chartSummary', { title })}</desc>
        {body}
      </Chart>
      <Legend>
        <li>
          <span aria-hidden="true" style={{ background: v('colorPrimary') }} />
          {t('giftManager.analytics.bought')}
        </li>
        <li>
          <span aria-hidden="true" style={{ background: v('colorSuccess') }} />
          {t('giftManager.analytics.redeemed')}
        </li>
      </Legend>
    </figure>
  );
}
