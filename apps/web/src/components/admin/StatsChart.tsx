import { t } from '../../i18n/zh-CN';
import { linePoints, niceMax, type DailySeries } from '../../lib/stats';

const W = 640;
const H = 200;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };
const LINES: Array<{ key: keyof Omit<DailySeries, 'dates'>; label: string; color: string }> = [
  { key: 'ingested', label: t.admin.ingested, color: '#0b5cad' },
  { key: 'matched', label: t.admin.matched, color: '#c77700' },
  { key: 'delivered', label: t.admin.delivered, color: '#1b7a3d' },
];

/** Ingested / matched / delivered per day as three lines (inline SVG), with a table for screen readers. */
export function StatsChart({ series }: { series: DailySeries }) {
  const top = niceMax(Math.max(0, ...LINES.flatMap((l) => series[l.key])));
  const w = W - PAD.left - PAD.right;
  const h = H - PAD.top - PAD.bottom;
  const label = (i: number) => series.dates[i]?.slice(5) ?? '';
  return (
    <figure className="stats-chart">
      <svg className="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={t.admin.perDay}>
        {[0, 0.5, 1].map((f) => (
          <g key={f}>
            <line x1={PAD.left} x2={W - PAD.right} y1={PAD.top + h * (1 - f)} y2={PAD.top + h * (1 - f)} stroke="#d9dee5" />
            <text x={PAD.left - 6} y={PAD.top + h * (1 - f) + 4} textAnchor="end" fontSize="11" fill="#5f6b7a">
              {Number((top * f).toFixed(1))}
            </text>
          </g>
        ))}
        {series.dates.length > 0 && (
          <>
            <text x={PAD.left} y={H - 8} fontSize="11" fill="#5f6b7a">
              {label(0)}
            </text>
            <text x={W - PAD.right} y={H - 8} fontSize="11" fill="#5f6b7a" textAnchor="end">
              {label(series.dates.length - 1)}
            </text>
          </>
        )}
        <g transform={`translate(${PAD.left},${PAD.top})`}>
          {LINES.map((l) => (
            <polyline
              key={l.key}
              points={linePoints(series[l.key], w, h, top)}
              fill="none"
              stroke={l.color}
              strokeWidth="2"
              strokeLinejoin="round"
            />
          ))}
        </g>
      </svg>
      <figcaption className="chart-legend">
        {LINES.map((l) => (
          <span key={l.key} style={{ ['--swatch' as string]: l.color }}>
            {l.label}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
