import { useId } from 'react';
import { v } from '../appearance/resolve';
import { useT } from '../i18n/useT';
import { Chart, Legend } from './styles';

export interface BarDatum {
  label: string;
  bought: number;
  redeemed: number;
}

const HEIGHT = 160;
const LABEL_SPACE = 28;

/**
 * Two bars per group (bought, redeemed) as an SVG picture: `role="img"` named by its
 * `<title>`, described by a summary that points to the data table beside it.
 */
export function BarChart({ title, data }: { title: string; data: readonly BarDatum[] }) {
  const { t, format } = useT();
  const id = useId();
  const max = Math.max(1, ...data.map((d) => Math.max(d.bought, d.redeemed)));
  const group = 28;
  const width = Math.max(200, data.length * group + 8);
  const every = Math.max(1, Math.ceil(data.length / 12));
  const bar = (value: number) => Math.round((value / max) * (HEIGHT - LABEL_SPACE));
  return (
    <figure style={{ margin: 0 }}>
      <Chart className="gk-giftManagerChart" viewBox={`0 0 ${width} ${HEIGHT}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{t('giftManager.analytics.chartSummary', { title })}</desc>
        <line x1={0} x2={width} y1={HEIGHT - LABEL_SPACE} y2={HEIGHT - LABEL_SPACE} />
        {data.map((d, index) => {
          const x = 4 + index * group;
          const bought = bar(d.bought);
          const redeemed = bar(d.redeemed);
          return (
            <g key={d.label}>
              <rect className="bought" x={x} y={HEIGHT - LABEL_SPACE - bought} width={11} height={bought} />
              <rect className="redeemed" x={x + 12} y={HEIGHT - LABEL_SPACE - redeemed} width={11} height={redeemed} />
              {index % every === 0 ? (
                <text x={x} y={HEIGHT - LABEL_SPACE + 14}>
                  {d.label.length > 8 ? `${d.label.slice(0, 7)}…` : d.label}
                </text>
              ) : null}
            </g>
          );
        })}
        <text x={width - 4} y={12} textAnchor="end">
          {format.number(max)}
        </text>
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
