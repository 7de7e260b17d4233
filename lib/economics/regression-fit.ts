/**
 * The Difficulty Regression refit on data the extension fetches: ordinary least squares of ln(market
 * cap) on ln(difficulty) over the daily history since the 2024 halving (height 840,000), where the
 * subsidy and so the cost structure are the same as today's. Checkonchain's 2022 coefficients give
 * about 0.45× their own current headline values (docs/domain.md §3.2); docs/domain.md compares this fit with
 * the dated published figures.
 */
import { issuedSupplyBtc } from './protocol';

/** The first block of the current subsidy era (2024-04-20). */
export const HALVING_2024 = 840_000;
/** Fewer days than this since the halving and the fit is not trusted. */
const MIN_DAYS = 60;

export interface RegressionFit {
  /** ln(market cap in USD) = a + b × ln(difficulty). */
  a: number;
  b: number;
  /** The window fitted (ms) and its number of days; r2 is the share of variance explained. */
  from: number;
  to: number;
  n: number;
  r2: number;
}

interface Day {
  t: number;
  priceUsd: number;
  difficulty: number;
  height: number;
}

/**
 * @example const fit = fitRegression(history.days); // null before 60 days of post-halving data
 */
export function fitRegression(days: readonly Day[], minHeight = HALVING_2024): RegressionFit | null {
  const rows = days.filter((d) => d.height >= minHeight && d.priceUsd > 0 && d.difficulty > 0);
  if (rows.length < MIN_DAYS) return null;
  const x = rows.map((d) => Math.log(d.difficulty));
  const y = rows.map((d) => Math.log(d.priceUsd * issuedSupplyBtc(d.height)));
  const n = rows.length;
  const mx = x.reduce((s, v) => s + v, 0) / n;
  const my = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  if (!(sxx > 0)) return null;
  const b = sxy / sxx;
  const r2 = syy > 0 ? (sxy * sxy) / (sxx * syy) : 0;
  return { a: my - b * mx, b, from: rows[0]!.t, to: rows[n - 1]!.t, n, r2 };
}

/** The fitted model price per coin at `difficulty`, for `supplyBtc` coins issued. */
export const fittedCostUsd = (fit: RegressionFit, difficulty: number, supplyBtc: number): number =>
  Math.exp(fit.a + fit.b * Math.log(difficulty)) / supplyBtc;
