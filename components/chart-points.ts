import { costRange } from '@/lib/economics/cost-range';
import type { Settings } from '@/lib/settings';
import type { History } from '@/lib/snapshot/history';
import type { Snapshot } from '@/lib/snapshot/schema';
import type { BandPoint, ChartPoint } from './chart-geometry';
import { liveCostUsd } from './cost-from-settings';

type HistoryDay = History['days'][number];

/** A day's chain figures as the cost models take them. */
const chainOf = (day: HistoryDay, snapshot: Pick<Snapshot, 'regressionFit'>) => ({
  difficulty: day.difficulty,
  rewardPerBlockBtc: day.rewardBtc,
  height: day.height,
  regressionFit: snapshot.regressionFit,
});

/**
 * The chart's days with the cost of the model the reader chose (not always the energy model): each
 * day's difficulty, reward and height through the same dispatch the options page uses.
 */
export const chartPointsFor = (
  history: History | null,
  settings: Settings,
  snapshot: Pick<Snapshot, 'regressionFit'>,
): ChartPoint[] =>
  (history?.days ?? []).map((day) => ({
    t: day.t,
    priceUsd: day.priceUsd,
    costUsd: liveCostUsd(settings, chainOf(day, snapshot)) ?? day.costUsd,
  }));

/**
 * Each day's cost under model `id` instead of the chosen one, for a comparison line; null when that
 * model cannot say (a published estimate that is not set).
 */
export function chartCostsFor(
  history: History | null,
  settings: Settings,
  snapshot: Pick<Snapshot, 'regressionFit'>,
  id: Settings['costModel'],
): number[] | null {
  const other = { ...settings, costModel: id };
  const costs: number[] = [];
  for (const day of history?.days ?? []) {
    const cost = liveCostUsd(other, chainOf(day, snapshot));
    if (cost === null) return null;
    costs.push(cost);
  }
  return costs;
}

/** Each day's break-even range from efficient to high-cost miners (lib/economics/cost-range.ts). */
export const chartBandFor = (history: History | null): BandPoint[] =>
  (history?.days ?? []).map((day) => {
    const range = costRange(day.difficulty, day.rewardBtc);
    return { t: day.t, lowUsd: range.efficientUsd, highUsd: range.highCostUsd };
  });
