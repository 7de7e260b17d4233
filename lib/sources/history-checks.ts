import { DataError, implausible } from '../economics/guards';
import { subsidyBtc } from '../economics/protocol';
import type { Warn } from './first-ok';
import type { HistorySeries } from './mempool-history';

// Range checks on the daily series (docs/domain.md §4 bands): a non-finite or absurd point is dropped
// and reported; a series left too short is a data error, so the stored year is kept (bugs D, G).

const DAY_MS = 86_400_000;
/** Fewer usable points than this (a month of days) is no year of history. */
export const MIN_POINTS = 30;
/** Points older than this are outside any chart window (mempool's prices go back to 2010). */
const WINDOW_MS = 800 * DAY_MS;

/** Rewards per block: at least half the subsidy (averages straddle a halving), plus ≤ 10 BTC fees. */
function rewardProblem(height: number, rewardBtc: number): boolean {
  if (!Number.isSafeInteger(height) || height < 0) return true;
  const subsidy = subsidyBtc(height);
  return !(subsidy > 0 && rewardBtc >= subsidy / 2 && rewardBtc <= subsidy + 10);
}

/** `series` with absurd points dropped (each kind reported once); throws when too few remain. */
export function checkHistory(series: HistorySeries, now: number, warn: Warn): HistorySeries {
  const timely = (t: number) => Number.isFinite(t) && t >= now - WINDOW_MS && t <= now + DAY_MS;
  const keep = <T>(name: string, points: T[], ok: (p: T) => boolean, min = MIN_POINTS): T[] => {
    const kept = points.filter(ok);
    const dropped = points.length - kept.length;
    if (dropped) warn(`dropped ${dropped} implausible point(s) of the ${name} history`);
    if (kept.length < min)
      throw new DataError(`unexpected mempool ${name} history shape: ${kept.length} usable points`);
    return kept;
  };
  // Prices before the window are history, not errors: set aside silently.
  const recentPrices = series.prices.filter((p) => !(p.t < now - WINDOW_MS));
  return {
    hashrate: {
      ...series.hashrate,
      hashrates: keep(
        'hashrate',
        series.hashrate.hashrates,
        (h) => timely(h.timestamp) && implausible('hashrateHs', h.avgHashrate) === null,
      ),
      difficulty: keep(
        'difficulty',
        series.hashrate.difficulty,
        (d) => timely(d.time) && implausible('difficulty', d.difficulty) === null,
        1,
      ),
    },
    prices: keep('price', recentPrices, (p) => timely(p.t) && implausible('priceUsd', p.usd) === null),
    rewards: keep('rewards', series.rewards, (r) => timely(r.t) && !rewardProblem(r.height, r.rewardBtc)),
  };
}
