import { formatCompactMoney } from '@/lib/format';
import { formatPercentAbs, gapDirection } from '@/lib/format-ui';
import { type BandPoint, bandPath, type ChartBox, type ChartPoint, chartGeometry } from './chart-geometry';

const BOX: ChartBox = { width: 328, height: 150, pad: { top: 8, right: 56, bottom: 18, left: 40 } };
const month = (t: number) =>
  new Intl.DateTimeFormat(undefined, { month: 'short', year: '2-digit' }).format(t);

interface CostChartProps {
  points: readonly ChartPoint[];
  /**
   * Today's figures: the line continues to `t` with `lineCostUsd` (the model the history is in),
   * and the gap bracket spans price to `costUsd` (the selected model) so it matches the headline.
   */
  now: { t: number; priceUsd: number; lineCostUsd: number; costUsd: number; gap: number };
  costLabel: string;
  /** Efficient to high-cost miners' break-even prices per day (lib/economics/cost-range.ts), when known. */
  band?: readonly BandPoint[];
}

/**
 * One year of price against modelled cost as a small SVG: price solid, cost dashed (so the
 * lines differ without colour), the current gap marked as a bracket at the right edge.
 */
export function CostChart({ points, now, costLabel, band = [] }: CostChartProps) {
  const last = points[points.length - 1];
  const today = { t: Math.max(now.t, (last?.t ?? 0) + 1), priceUsd: now.priceUsd, costUsd: now.lineCostUsd };
  // An invisible point at the selected cost keeps the bracket inside the y range.
  const geometry = chartGeometry([...points, today], BOX, [now.costUsd]);
  if (!geometry || !last)
    return <p class="hint">The one-year chart appears once the daily history has loaded.</p>;
  const { x, y, ticks } = geometry;
  const right = x(today.t);
  const gapText = `${formatPercentAbs(now.gap)} ${gapDirection(now.gap)}`;
  const summary =
    `Bitcoin price against ${costLabel} over the past year, ${month(points[0]!.t)} to ${month(last.t)}. ` +
    `Price is now ${gapText} cost.`;
  return (
    <figure class="chart" data-testid="cost-chart" data-points={points.length}>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={summary}>
        {ticks.map((tick) => (
          <g key={tick} class="chart-grid">
            <line x1={BOX.pad.left} x2={right} y1={y(tick)} y2={y(tick)} />
            <text x={BOX.pad.left - 4} y={y(tick) + 3} text-anchor="end">
              {formatCompactMoney(tick)}
            </text>
          </g>
        ))}
        <text class="chart-axis" x={BOX.pad.left} y={BOX.height - 4}>
          {month(points[0]!.t)}
        </text>
        <text class="chart-axis" x={right} y={BOX.height - 4} text-anchor="end">
          {month(last.t)}
        </text>
        {band.length > 1 && <path class="chart-band" data-testid="chart-band" d={bandPath(band, geometry)} />}
        <path class="chart-cost" d={geometry.costPath} />
        <path class="chart-price" d={geometry.pricePath} />
        <g class="chart-gap" data-testid="chart-gap">
          <line x1={right + 6} x2={right + 6} y1={y(now.priceUsd)} y2={y(now.costUsd)} />
          <line x1={right + 2} x2={right + 10} y1={y(now.priceUsd)} y2={y(now.priceUsd)} />
          <line x1={right + 2} x2={right + 10} y1={y(now.costUsd)} y2={y(now.costUsd)} />
          <text x={right + 13} y={(y(now.priceUsd) + y(now.costUsd)) / 2 + 3}>
            {gapText.split(' ')[0]}
          </text>
          <text x={right + 13} y={(y(now.priceUsd) + y(now.costUsd)) / 2 + 14}>
            {gapDirection(now.gap)}
          </text>
        </g>
      </svg>
      <figcaption class="chart-legend">
        <span class="legend-price">Price (USD)</span>
        <span class="legend-cost">{costLabel}</span>
        {band.length > 1 && <span class="legend-band">Miners' break-even range</span>}
      </figcaption>
    </figure>
  );
}
