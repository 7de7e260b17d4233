import * as z from 'zod/mini';
import { energyCostUsd } from '../economics/cost-models';
import { BLOCKS_PER_DAY, blocksPerDay, subsidyBtc } from '../economics/protocol';
import type { EnergyInputs } from '../settings';
import type { HistorySeries } from '../sources/mempool-history';

// One year of daily points for the popup chart, Hash Ribbons and Puell, stored under
// storage.local `history` and refreshed once a day. The cost column is the energy model at
// each day's difficulty and reward, recomputed from the stored columns when settings change.

export const HISTORY_KEY = 'history';
const DAY_MS = 86_400_000;
const DAYS = 365;

export const HistoryDaySchema = z.object({
  /** UTC midnight of the day, ms. */
  t: z.number(),
  priceUsd: z.number(),
  difficulty: z.number(),
  hashrateHs: z.nullable(z.number()),
  /** Average reward per block (subsidy + fees), BTC, and the block height it was measured at. */
  rewardBtc: z.number(),
  height: z.number(),
  costUsd: z.number(),
});
export const HistorySchema = z.object({ days: z.array(HistoryDaySchema), fetchedAt: z.number() });
export type History = z.infer<typeof HistorySchema>;
export type HistoryDay = z.infer<typeof HistoryDaySchema>;

export function readHistory(raw: unknown): History | null {
  const parsed = z.safeParse(HistorySchema, raw);
  return parsed.success ? parsed.data : null;
}

/** A step-function lookup over a series sorted by `t`: the last point at or before `t` (else the first). */
function stepper<T extends { t: number }>(points: T[]) {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  let i = 0;
  return (t: number): T | undefined => {
    while (i + 1 < sorted.length && sorted[i + 1]!.t <= t) i++;
    return sorted[i];
  };
}

const dayOf = (t: number) => Math.floor(t / DAY_MS) * DAY_MS;

/** Merges mempool's three series into one point per UTC day over the last year. */
export function buildHistory(series: HistorySeries, energy: EnergyInputs, fetchedAt: number): History {
  const hashByDay = new Map(series.hashrate.hashrates.map((h) => [dayOf(h.timestamp), h.avgHashrate]));
  const newest = Math.max(...series.prices.map((p) => p.t), ...hashByDay.keys());
  if (!Number.isFinite(newest)) return { days: [], fetchedAt };
  const price = stepper(series.prices);
  const difficulty = stepper(series.hashrate.difficulty.map((d) => ({ t: d.time, value: d.difficulty })));
  const reward = stepper(series.rewards);
  const days: HistoryDay[] = [];
  for (let t = dayOf(newest) - (DAYS - 1) * DAY_MS; t <= newest; t += DAY_MS) {
    const end = t + DAY_MS - 1;
    const p = price(end);
    const d = difficulty(end);
    const r = reward(end);
    if (!p || !d || !r || p.t < t - 7 * DAY_MS) continue; // no price within a week: leave a gap
    days.push({
      t,
      priceUsd: p.usd,
      difficulty: d.value,
      hashrateHs: hashByDay.get(t) ?? null,
      rewardBtc: r.rewardBtc,
      height: r.height,
      costUsd: energyCostUsd(energy, d.value, r.rewardBtc),
    });
  }
  return { days, fetchedAt };
}

/** The same history with its cost column recomputed for new energy inputs. */
export const withEnergyCosts = (history: History, energy: EnergyInputs): History => ({
  ...history,
  days: history.days.map((day) => ({
    ...day,
    costUsd: energyCostUsd(energy, day.difficulty, day.rewardBtc),
  })),
});

/** Daily hashrate (H/s), oldest first, days without a figure left out. */
export const dailyHashrates = (history: History): number[] =>
  history.days.flatMap((day) => (day.hashrateHs === null ? [] : [day.hashrateHs]));

/** Daily issuance value in USD: blocks found that day × subsidy × price (docs/domain.md §5, Puell). */
export const dailyIssuanceUsd = (history: History): number[] =>
  history.days.map((day) => {
    const blocks = day.hashrateHs === null ? BLOCKS_PER_DAY : blocksPerDay(day.hashrateHs, day.difficulty);
    return blocks * subsidyBtc(day.height) * day.priceUsd;
  });
