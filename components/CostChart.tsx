import { formatCompactMoney, formatMoney } from '@/lib/format';
import { formatPercentAbs, gapDirection } from '@/lib/format-metrics';
import {
  type BandPoint,
  bandPath,
  type ChartBox,
  type ChartPoint,
  chartGeometry,
  pathOf,
} from './chart-geometry';
import { gapWords } from './GapHeadline';
import { t, uiLocale } from './i18n';
import type { Converter } from './money';
import { useChartCursor } from './use-chart-cursor';

const BOX: ChartBox = { width: 328, height: 150, pad: { top: 8, right: 56, bottom: 18, left: 40 } };
const dayMonthYear = (ms: number) =>
  new Intl.DateTimeFormat(uiLocale(), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(ms);
const monthYear = (ms: number) =>
  new Intl.DateTimeFormat(uiLocale(), { month: 'short', year: 'numeric' }).format(ms);
const SIDES = { below: 'bandBelow', above: 'bandAbove', at: 'chartSideAt' } as const;
const DAY_MS = 86_400_000;

/** Money on the chart: USD in, the display currency out (components/money.ts); USD by default. */
const usd: Converter = Object.assign((v: number) => v, { currency: 'USD' as const });

interface CostChartProps {
  /** Daily price and the selected model's cost, USD (components/chart-points.ts). */
  points: readonly ChartPoint[];
  /** Today's figures: the lines end at `t`, and the gap bracket spans price to cost. */
  now: { t: number; priceUsd: number; costUsd: number; gap: number };
  costLabel: string;
  /** Efficient to high-cost miners' break-even prices per day (lib/economics/cost-range.ts), when known. */
  band?: readonly BandPoint[];
  money?: Converter;
  /** Another model's cost on the same days (USD), drawn thin and dotted for comparison. */
  compare?: { label: string; costs: readonly number[] } | null;
}

/**
 * One year of price against the selected model's cost as a small SVG: price solid, cost dashed (so
 * the lines differ without colour), days without data shaded and never bridged, the current gap
 * marked as a bracket at the right edge, in the display currency at today's rate.
 */
export function CostChart({
  points,
  now,
  costLabel,
  band = [],
  money = usd,
  compare = null,
}: CostChartProps) {
  const first = points[0];
  const last = points[points.length - 1];
  const local = (p: ChartPoint): ChartPoint => ({
    t: p.t,
    priceUsd: money(p.priceUsd),
    costUsd: money(p.costUsd),
  });
  const today = { t: Math.max(now.t, (last?.t ?? 0) + 1), priceUsd: now.priceUsd, costUsd: now.costUsd };
  const shown = [...points, today].map(local);
  const compared = compare && compare.costs.length === points.length ? compare.costs.map(money) : null;
  const geometry = chartGeometry(shown, BOX, compared ?? []);
  const cursor = useChartCursor(geometry ? shown.map((p) => geometry.x(p.t)) : [], BOX.width);
  if (!geometry || !first || !last) return <p class="hint">{t('chartWaiting')}</p>;
  const { x, y, ticks, gaps } = geometry;
  const right = x(today.t);
  const [priceNow, costNow] = [money(now.priceUsd), money(now.costUsd)];
  const locale = uiLocale();
  const missingDays = Math.round(
    gaps.reduce((sum, g) => sum + (g.x1 - g.x0), 0) / (x(first.t + DAY_MS) - x(first.t) || 1),
  );
  const picked = cursor.at === null ? null : shown[cursor.at]!;
  const readout = (p: ChartPoint) => {
    const gap = p.priceUsd / p.costUsd - 1;
    const when = p.t === today.t ? t('chartToday') : dayMonthYear(p.t);
    return t(
      'chartReadout',
      when,
      formatMoney(p.priceUsd, money.currency, locale),
      formatMoney(p.costUsd, money.currency, locale),
      gapWords(gap, locale),
    );
  };
  const summary = [
    t('chartSummary', costLabel, monthYear(first.t), money.currency),
    gaps.length ? t('chartMissing', String(missingDays)) : '',
    t('chartPriceNow', gapWords(now.gap, locale)),
  ]
    .filter(Boolean)
    .join(t('sentenceSeparator'));
  return (
    <figure
      class="chart"
      data-testid="cost-chart"
      data-points={points.length}
      data-holes={gaps.length}
      // Focusable: the chart's days are read with the arrow keys (the readout below says them).
      tabindex={0}
      aria-describedby="chart-readout"
      onFocus={cursor.onFocus}
      onBlur={cursor.onBlur}
      onKeyDown={cursor.onKeyDown}
    >
      <div class="chart-plot">
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          role="img"
          aria-label={summary}
          onPointerMove={cursor.onPointerMove}
          onPointerLeave={cursor.onPointerLeave}
        >
          {gaps.map((g) => (
            <rect
              key={g.x0}
              class="chart-hole"
              data-testid="chart-hole"
              x={g.x0}
              width={g.x1 - g.x0}
              y={BOX.pad.top}
              height={BOX.height - BOX.pad.top - BOX.pad.bottom}
            />
          ))}
          {ticks.map((tick) => (
            <line key={tick} class="chart-grid" x1={BOX.pad.left} x2={right} y1={y(tick)} y2={y(tick)} />
          ))}
          {band.length > 1 && (
            <path
              class="chart-band"
              data-testid="chart-band"
              d={bandPath(
                band.map((b) => ({ t: b.t, lowUsd: money(b.lowUsd), highUsd: money(b.highUsd) })),
                geometry,
              )}
            />
          )}
          <path class="chart-cost" d={geometry.costPath} />
          {compared && (
            <path
              class="chart-compare"
              data-testid="chart-compare"
              d={pathOf(
                points.map((p, i) => [x(p.t), y(compared[i]!)]),
                geometry.breaks,
              )}
            />
          )}
          <path class="chart-price" d={geometry.pricePath} />
          <g class="chart-gap">
            <line x1={right + 6} x2={right + 6} y1={y(priceNow)} y2={y(costNow)} />
            <line x1={right + 2} x2={right + 10} y1={y(priceNow)} y2={y(priceNow)} />
            <line x1={right + 2} x2={right + 10} y1={y(costNow)} y2={y(costNow)} />
          </g>
          {picked && (
            <g class="chart-cursor" data-testid="chart-cursor">
              <line x1={x(picked.t)} x2={x(picked.t)} y1={BOX.pad.top} y2={BOX.height - BOX.pad.bottom} />
              <circle cx={x(picked.t)} cy={y(picked.priceUsd)} r={2.5} />
              <circle class="chart-cursor-cost" cx={x(picked.t)} cy={y(picked.costUsd)} r={2.5} />
            </g>
          )}
        </svg>
        {/* Every label in HTML over the plot, so it follows the reader's font size (SVG text scales with
          the popup's width only); the SVG's aria-label says it all for screen readers. */}
        <div class="chart-y" aria-hidden="true">
          {ticks.map((tick) => (
            <span key={tick} style={{ top: `${(y(tick) / BOX.height) * 100}%` }}>
              {formatCompactMoney(tick, money.currency, locale)}
            </span>
          ))}
        </div>
        <div
          class="chart-gap-label"
          data-testid="chart-gap"
          aria-hidden="true"
          style={{
            top: `${((y(priceNow) + y(costNow)) / 2 / BOX.height) * 100}%`,
            left: `${((right + 13) / BOX.width) * 100}%`,
          }}
        >
          <strong>{formatPercentAbs(now.gap, locale)}</strong>
          <br />
          {t(SIDES[gapDirection(now.gap)])}
        </div>
      </div>
      <div class="chart-axis" data-testid="chart-axis" aria-hidden="true">
        <span>{monthYear(first.t)}</span>
        <span>{t('chartTodayAxis')}</span>
      </div>
      <p class="chart-readout" id="chart-readout" data-testid="chart-readout" aria-live="polite">
        {picked ? readout(picked) : t('chartHint')}
      </p>
      <figcaption class="chart-legend">
        <span class="legend-price">{t('chartLegendPrice', money.currency)}</span>
        <span class="legend-cost">{costLabel}</span>
        {band.length > 1 && <span class="legend-band">{t('chartLegendRange')}</span>}
        {compared && <span class="legend-compare">{compare!.label}</span>}
        {gaps.length > 0 && <span class="legend-hole">{t('chartLegendNoData')}</span>}
      </figcaption>
    </figure>
  );
}
