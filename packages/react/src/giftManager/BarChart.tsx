import { useId, type ReactNode } from 'react';
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
const MAX_LABEL_CHARS = 40;

/** Shortens a long label in the middle, so both its start and its distinguishing end stay. */
export function middleEllipsis(label: string, max = MAX_LABEL_CHARS): string {
  const chars = [...label];
  if (chars.length <= max) return label;
  const head = Math.ceil((max - 1) / 2);
  const tail = max - 1 - head;
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - tail).join('')}`;
}

interface Geometry {
  width: number;
  height: number;
  body: ReactNode;
}

function columns(data: readonly BarDatum[], max: number): Geometry {
  const lines = Math.max(1, ...data.map((d) => (d.axis ?? [d.label]).length));
  const labelSpace = 8 + lines * AXIS_LINE;
  const group = 32;
  const width = Math.max(200, data.length * group + 8);
  const every = Math.max(1, Math.ceil(data.length / 12));
  const base = HEIGHT - labelSpace;
  const bar = (value: number) => Math.round((value / max) * (base - 16));
  let previous: readonly string[] = [];
  const axisOf = (d: BarDatum) => {
    const lines = d.axis ?? [d.label];
    const shown = lines.filter((line, i) => i === 0 || line !== previous[i]);
    previous = lines;
    return shown;
  };
  const body = (
    <>
      <line x1={0} x2={width} y1={base} y2={base} />
      {data.map((d, index) => {
        const x = 4 + index * group;
        const bought = bar(d.bought);
        const redeemed = bar(d.redeemed);
        return (
          <g key={d.key}>
            <title>{d.label}</title>
            <rect className="bought" x={x} y={base - bought} width={12} height={bought} />
            <rect className="redeemed" x={x + 13} y={base - redeemed} width={12} height={redeemed} />
            {index % every === 0 ? (
              <text x={x} y={base + AXIS_LINE}>
                {axisOf(d).map((line, i) => (
                  <tspan key={i} x={x} dy={i === 0 ? 0 : AXIS_LINE}>
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

function rows(data: readonly BarDatum[], max: number, number: (value: number) => string): Geometry {
  const shown = data.map((d) => middleEllipsis(d.label));
  const labelWidth = Math.ceil(Math.min(MAX_LABEL_CHARS, Math.max(6, ...shown.map((s) => [...s].length))) * CHAR_WIDTH) + 8;
  const valueSpace = 8 + Math.max(...data.map((d) => number(Math.max(d.bought, d.redeemed)).length)) * CHAR_WIDTH;
  const width = labelWidth + PLOT_WIDTH + valueSpace;
  const height = 8 + data.length * ROW_HEIGHT;
  const bar = (value: number) => Math.round((value / max) * PLOT_WIDTH);
  const body = (
    <>
      <line x1={labelWidth} x2={labelWidth} y1={0} y2={height} />
      {data.map((d, index) => {
        const y = 4 + index * ROW_HEIGHT;
        const bought = bar(d.bought);
        const redeemed = bar(d.redeemed);
        return (
          <g key={d.key}>
            <title>{d.label}</title>
            <text x={labelWidth - 6} y={y + 15} textAnchor="end">
              {shown[index]}
            </text>
            <rect className="bought" x={labelWidth} y={y + 2} width={bought} height={10} />
            <text x={labelWidth + bought + 4} y={y + 11}>
              {number(d.bought)}
            </text>
            <rect className="redeemed" x={labelWidth} y={y + 13} width={redeemed} height={10} />
            <text x={labelWidth + redeemed + 4} y={y + 22}>
              {number(d.redeemed)}
            </text>
          </g>
        );
      })}
    </>
  );
  return { width, height, body };
}

/**
 * Two bars per group (bought, redeemed) as an SVG picture: `role="img"` named by its
 * `<title>`, described by a summary that points to the data table beside it.
 */
export function BarChart({ title, data, layout = 'columns' }: { title: string; data: readonly BarDatum[]; layout?: BarChartLayout }) {
  const { t, format } = useT();
  const id = useId();
  const max = Math.max(1, ...data.map((d) => Math.max(d.bought, d.redeemed)));
  const number = (value: number) => format.number(value);
  const { width, height, body } = layout === 'rows' ? rows(data, max, number) : columns(data, max);
  return (
    <figure style={{ margin: 0 }}>
      <Chart
        className="gk-giftManagerChart"
        data-layout={layout}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-t`}
        aria-describedby={`${id}-d`}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{t('giftManager.analytics.chartSummary', { title })}</desc>
        {body}
        {layout === 'columns' ? (
          <text x={width - 4} y={12} textAnchor="end">
            {format.number(max)}
          </text>
        ) : null}
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
