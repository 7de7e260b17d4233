/**
 * Is a value believable as the price (or mining cost) of one bitcoin? Against `spotUsd` when known,
 * otherwise against a wide historical band. Never decides alone: only vetoes a Bitcoin reading.
 */

import { ROUGH_USD } from './currencies';

/** USD value for plausibility: caller's rate, else a rough built-in one, else null (unknown). */
export function approxUsd(value: number, currency: string, usdPer?: Record<string, number>): number | null {
  const rate = currency === 'USD' ? 1 : (usdPer?.[currency] ?? ROUGH_USD[currency]);
  return rate ? value * rate : null;
}

export function plausible(
  usd: number | null,
  spot: number | undefined,
  cost: boolean,
  early = false,
  ahead = false,
): boolean {
  if (usd === null) return true;
  // A forecast for 2030 and later may run to a thousand times spot ("$21 million per coin by 2046",
  // "13 milioni di dollari entro il 2045": tests/unit/detect/detect.test.ts).
  if (ahead && !cost && usd > (spot && spot > 0 ? 30 * spot : 5e6))
    return usd <= (spot && spot > 0 ? 1000 * spot : 1e8);
  // Next to a year before 2017 a price may be as old as 2010's fractions of a cent.
  if (early && !cost) return usd >= 1e-4 && usd <= 5e6;
  if (spot && spot > 0) {
    const r = usd / spot;
    // Per-country electricity costs run from a few hundred dollars to several times spot
    // (tests/unit/detect/real: CoinGecko's 2023 study as reported in many languages); forecasts run
    // to 30 × spot ("$1.5 million by 2030" at $70,000: docs/detector-passes.md, seventh pass).
    return cost ? r >= 0.003 && r <= 5 : r >= 0.005 && r <= 30;
  }
  return cost ? usd >= 200 && usd <= 5e6 : usd >= 50 && usd <= 5e6;
}
