import * as z from 'zod/mini';
import { bandOf } from '../economics/band';
import { chosenEstimate } from '../economics/chosen-estimate';
import { energyCostUsd } from '../economics/cost-models';
import { costRange } from '../economics/cost-range';
import { DataError, guard } from '../economics/guards';
import { hashpriceBtc } from '../economics/hashprice';
import { breakEvenUsdPerKwh, hashRibbons, puellMultiple } from '../economics/metrics';
import { blocksPerDay, subsidyBtc } from '../economics/protocol';
import { fitRegression } from '../economics/regression-fit';
import { type CostModelId, DEFAULT_SETTINGS, type Settings } from '../settings';
import { usdPerUnit } from '../sources/quotes';
import { dailyHashrates, dailyIssuanceUsd, type History } from './history';
import { type Market, MarketSchema } from './market';
import { projectedCost } from './projected';
import { type Health, type HealthError, type Snapshot, SnapshotSchema } from './schema';

// Market inputs + settings (+ history) → Snapshot. Pure: same inputs, same snapshot. Self-checking:
// inputs and result are validated with their schemas, so nothing unreadable is ever stored.

const MINUTE = 60_000;

/** Data counts as stale once it is older than three refresh intervals (one missed alarm is normal). */
export function isStale(market: Market, settings: Settings, now: number): boolean {
  const priceAge = now - (market.price?.fetchedAt ?? 0);
  const networkAge = now - (market.network?.fetchedAt ?? 0);
  return (
    priceAge > 3 * settings.refresh.priceMinutes * MINUTE ||
    networkAge > 3 * settings.refresh.networkMinutes * MINUTE
  );
}

export interface Attempts {
  lastAttemptAt: number;
  failing: boolean;
  errors: HealthError[];
  /** When an alarm will next reach a source of a failing tier (cool-downs included), if failing. */
  nextAttemptAt?: number;
}

export function healthOf(market: Market, settings: Settings, now: number, attempts: Attempts): Health {
  return { stale: isStale(market, settings, now), lastGoodAt: market.price?.fetchedAt ?? 0, ...attempts };
}

/** `missing`: inputs not fetched yet (not a data error); otherwise the inputs were rejected. */
export type BuildResult = { ok: true; snapshot: Snapshot } | { ok: false; error: string; missing: boolean };

/** Where `value` fails `schema` ('' when it passes). */
const failsAt = (schema: z.ZodMiniType, value: unknown) => {
  const result = z.safeParse(schema, value);
  return result.success ? '' : result.error.issues[0]?.path.join('.') || 'root';
};

/** Builds the snapshot, or says why not (missing inputs, implausible cost, unreadable). Never throws. */
export function buildSnapshot(
  market: Market,
  settings: Settings,
  history: History | null,
  health: Health,
  now: number,
): BuildResult {
  const { price, network, rewards, adjustment } = market;
  if (!price || !network || !rewards)
    return { ok: false, error: 'no price or network data yet', missing: true };
  const badInput = failsAt(MarketSchema, market);
  if (badInput) return { ok: false, error: `market inputs fail their schema at ${badInput}`, missing: false };
  try {
    const subsidy = subsidyBtc(network.height);
    const reward = subsidy + rewards.avgFeesBtc;
    // Guard the data, not the user's inputs: the reference energy cost uses the default inputs.
    const reference = guard('costUsd', energyCostUsd(DEFAULT_SETTINGS.energy, network.difficulty, reward));
    const live = {
      difficulty: network.difficulty,
      rewardPerBlockBtc: reward,
      height: network.height,
      asOf: network.fetchedAt,
      source: network.source,
    };
    const fit = history ? fitRegression(history.days) : null;
    // Every model's estimate (the popup compares them); only a published one can be missing (unknown id).
    const estimate = (costModel: CostModelId) => chosenEstimate({ ...settings, costModel }, live, fit, now);
    const models = {
      energy: estimate('energy')!,
      regression: estimate('regression')!,
      regression2022: estimate('regression2022')!,
      published: estimate('published'),
      manual: estimate('manual')!,
    };
    const cost = models[settings.costModel] ?? models.energy;
    const btcPerPhDay = hashpriceBtc(network.difficulty, reward);
    const multiple = price.usd / cost.costUsd;
    const ribbons = history ? hashRibbons(dailyHashrates(history)) : null;
    const snapshot: Snapshot = {
      schemaVersion: 1,
      computedAt: now,
      price: { ...price, usdPer: usdPerUnit(price.perCurrency) },
      ...(market.pageRates ? { pageRates: market.pageRates.usdPer } : {}),
      network,
      rewards: {
        subsidyBtc: subsidy,
        avgFeesBtc: rewards.avgFeesBtc,
        rewardPerBlockBtc: reward,
        issuedPerDayBtc: blocksPerDay(network.hashrate7dHs, network.difficulty) * subsidy,
        source: rewards.source,
        fetchedAt: rewards.fetchedAt,
      },
      adjustment,
      hashprice: { btcPerPhDay, usdPerPhDay: btcPerPhDay * price.usd },
      models,
      cost,
      gap: multiple - 1,
      multiple,
      band: bandOf(multiple),
      costRange: costRange(network.difficulty, reward),
      ...(fit ? { regressionFit: fit } : {}),
      projectedCostUsd: projectedCost(cost, adjustment?.changePercent, reference),
      breakEvenUsdPerKwh: breakEvenUsdPerKwh(btcPerPhDay * price.usd, settings.energy.efficiencyJPerTh),
      metrics: {
        hashRibbons: ribbons,
        puellMultiple: history ? puellMultiple(dailyIssuanceUsd(history)) : null,
      },
      health,
    };
    const unreadable = failsAt(SnapshotSchema, snapshot);
    if (unreadable) return { ok: false, error: `snapshot fails its schema at ${unreadable}`, missing: false };
    return { ok: true, snapshot };
  } catch (error) {
    const message = error instanceof DataError ? error.message : `build failed: ${(error as Error).message}`;
    return { ok: false, error: message, missing: false };
  }
}
