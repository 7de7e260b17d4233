// Other glanceable miner metrics (docs/domain.md §5). Series are oldest first, one point per day.

export type HashRibbonsState = 'capitulation' | 'recovery' | 'normal';
export interface HashRibbons {
  state: HashRibbonsState;
  sma30Hs: number;
  sma60Hs: number;
}

/** Mean of the last `n` values, or null when fewer than `n` exist. */
export function sma(values: readonly number[], n: number, endExclusive = values.length): number | null {
  if (endExclusive < n || n <= 0) return null;
  let sum = 0;
  for (let i = endExclusive - n; i < endExclusive; i++) sum += values[i]!;
  return sum / n;
}

/** How many days after the 30-day SMA crosses back above the 60-day one we still say "recovery". */
const RECOVERY_DAYS = 10;

/**
 * Hash Ribbons: SMA30 < SMA60 = miner capitulation; SMA30 crossed back above within the last
 * RECOVERY_DAYS days = recovery; otherwise normal. Null with fewer than 60 daily points.
 */
export function hashRibbons(dailyHashrateHs: readonly number[]): HashRibbons | null {
  const end = dailyHashrateHs.length;
  const sma30Hs = sma(dailyHashrateHs, 30, end);
  const sma60Hs = sma(dailyHashrateHs, 60, end);
  if (sma30Hs === null || sma60Hs === null) return null;
  if (!Number.isFinite(sma30Hs) || !Number.isFinite(sma60Hs)) return null; // a bad day overflowed
  if (sma30Hs < sma60Hs) return { state: 'capitulation', sma30Hs, sma60Hs };
  for (let back = 1; back <= RECOVERY_DAYS; back++) {
    const s30 = sma(dailyHashrateHs, 30, end - back);
    const s60 = sma(dailyHashrateHs, 60, end - back);
    if (s30 === null || s60 === null) break;
    if (s30 < s60) return { state: 'recovery', sma30Hs, sma60Hs };
  }
  return { state: 'normal', sma30Hs, sma60Hs };
}

/**
 * Puell Multiple: today's issuance value (USD) / its 365-day average. Needs ≥ 300 days
 * (a year of daily history with a few gaps); null otherwise, and null rather than NaN/Infinity.
 */
export function puellMultiple(dailyIssuanceUsd: readonly number[]): number | null {
  if (dailyIssuanceUsd.length < 300) return null;
  const window = dailyIssuanceUsd.slice(-365);
  const mean = window.reduce((a, b) => a + b, 0) / window.length;
  const today = window[window.length - 1]!;
  const multiple = today / mean;
  return mean > 0 && Number.isFinite(mean) && Number.isFinite(multiple) ? multiple : null;
}

/** Electricity price at which mining breaks even: `hashprice_USD / (eff × 24)` in $/kWh (before overhead). */
export const breakEvenUsdPerKwh = (hashpriceUsdPerPhDay: number, efficiencyJPerTh: number): number =>
  hashpriceUsdPerPhDay / (efficiencyJPerTh * 24);

/** Cost after the next retarget: cost scales with difficulty, `cost × (1 + change%/100)`. */
export const projectedCostUsd = (costUsd: number, changePercent: number): number =>
  costUsd * (1 + changePercent / 100);
