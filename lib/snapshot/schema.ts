import * as z from 'zod/mini';
import { BANDS } from '../economics/band';
import { CostEstimateSchema } from '../economics/cost-estimate';
import { CurrencySchema } from '../settings';

// The miner-economics snapshot: the one validated shape the background hands to badges,
// popup and toolbar icon. Stored under storage.local `snapshot`.

export const SNAPSHOT_KEY = 'snapshot';
const stamp = { source: z.string(), fetchedAt: z.number() };
const num = () => z.number().check(z.refine(Number.isFinite, 'not finite'));
const perCurrency = () => z.record(CurrencySchema, num());

export const HealthErrorSchema = z.object({ source: z.string(), message: z.string(), at: z.number() });

export const HealthSchema = z.object({
  /** True when the last good numbers are older than their refresh interval allows (see build.ts). */
  stale: z.boolean(),
  /** The latest price or chain-stats attempt got no data from any source. */
  failing: z.boolean(),
  lastGoodAt: z.number(),
  lastAttemptAt: z.number(),
  /** Problems from the latest attempt of each tier, including fallbacks that were skipped. */
  errors: z.array(HealthErrorSchema),
  /** While failing: when the alarms next reach a source (after its cool-down); Refresh tries at once. */
  nextAttemptAt: z.optional(z.number()),
});

export const SnapshotSchema = z.object({
  schemaVersion: z.literal(1),
  computedAt: z.number(),
  price: z.object({
    usd: num(),
    perCurrency: perCurrency(),
    usdPer: perCurrency(),
    asOf: z.optional(num()),
    ...stamp,
  }),
  /** USD per unit of currencies pages write prices in beyond the seven above (won, yuan, rupee …). */
  pageRates: z.optional(z.record(z.string(), num())),
  network: z.object({ difficulty: num(), hashrateHs: num(), hashrate7dHs: num(), height: num(), ...stamp }),
  rewards: z.object({
    subsidyBtc: num(),
    avgFeesBtc: num(),
    rewardPerBlockBtc: num(),
    issuedPerDayBtc: num(),
    ...stamp,
  }),
  adjustment: z.nullable(
    z.object({
      changePercent: num(),
      retargetAt: num(),
      remainingBlocks: num(),
      progressPercent: num(),
      ...stamp,
    }),
  ),
  hashprice: z.object({ btcPerPhDay: num(), usdPerPhDay: num() }),
  models: z.object({
    energy: z.nullable(CostEstimateSchema),
    regression: z.nullable(CostEstimateSchema),
    /** Checkonchain's 2022 coefficients, kept as a labelled option. */
    regression2022: z.optional(z.nullable(CostEstimateSchema)),
    published: z.nullable(CostEstimateSchema),
    manual: z.nullable(CostEstimateSchema),
  }),
  /** The estimate of the model selected in settings (`cost.model` says which). */
  cost: CostEstimateSchema,
  /** price / cost − 1 (docs/domain.md §4; never cost/price − 1). */
  gap: num(),
  multiple: num(),
  band: z.enum(BANDS),
  /** Break-even prices of an efficient miner, the network average and a high-cost miner (lib/economics/cost-range.ts). */
  /** The Difficulty Regression refit on the history since the 2024 halving, when there is enough of it. */
  regressionFit: z.optional(
    z.object({ a: num(), b: num(), from: num(), to: num(), n: num(), r2: z.number() }),
  ),
  costRange: z.optional(z.object({ efficientUsd: num(), averageUsd: num(), highCostUsd: num() })),
  projectedCostUsd: z.nullable(num()),
  breakEvenUsdPerKwh: z.nullable(num()),
  metrics: z.object({
    hashRibbons: z.nullable(
      z.object({ state: z.enum(['capitulation', 'recovery', 'normal']), sma30Hs: num(), sma60Hs: num() }),
    ),
    puellMultiple: z.nullable(num()),
  }),
  health: HealthSchema,
});
export type Snapshot = z.infer<typeof SnapshotSchema>;
export type Health = z.infer<typeof HealthSchema>;
export type HealthError = z.infer<typeof HealthErrorSchema>;

/** Validates a stored or received snapshot; null when missing or corrupt. */
export function readSnapshot(raw: unknown): Snapshot | null {
  const parsed = z.safeParse(SnapshotSchema, raw);
  return parsed.success ? parsed.data : null;
}
