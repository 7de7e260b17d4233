// Plausibility guards (docs/domain.md §4): an absurd value is a data error to report, never a number on screen.

export const LIMITS = {
  difficulty: { min: 50e12, max: 400e12, unit: 'T', scale: 1e12 },
  hashrateHs: { min: 300e18, max: 3000e18, unit: 'EH/s', scale: 1e18 },
  costUsd: { min: 30_000, max: 200_000, unit: 'USD', scale: 1 },
  // Not in docs/domain.md: a wide band that only catches unit mistakes (cents, sats, inverse quotes).
  priceUsd: { min: 1_000, max: 10_000_000, unit: 'USD', scale: 1 },
  avgFeesBtc: { min: 0, max: 10, unit: 'BTC', scale: 1 },
} as const;
export type GuardedQuantity = keyof typeof LIMITS;

/** Thrown by sources and builders; carries a message fit for the health log. */
export class DataError extends Error {
  override name = 'DataError';
}

/** The problem with `value` as a `quantity`, or null when plausible. */
export function implausible(quantity: GuardedQuantity, value: number): string | null {
  const { min, max, unit, scale } = LIMITS[quantity];
  if (Number.isFinite(value) && value >= min && value <= max) return null;
  const shown = Number.isFinite(value) ? `${+(value / scale).toPrecision(4)} ${unit}` : String(value);
  return `implausible ${quantity}: ${shown} (expected ${min / scale}–${max / scale} ${unit})`;
}

/** Throws a DataError when `value` is implausible; returns it otherwise. */
export function guard(quantity: GuardedQuantity, value: number): number {
  const problem = implausible(quantity, value);
  if (problem) throw new DataError(problem);
  return value;
}
