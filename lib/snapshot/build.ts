import type { CostEstimate } from '../economics/cost-estimate';
import {
  energyCostUsd,
  energyEstimate,
  manualEstimate,
  publishedEstimate,
  regressionEstimate,
} from '../economics/cost-models';
import { DataError, guard } from '../economics/guards';
import { hashpriceBtc } from '../economics/hashprice';
import { breakEvenUsdPerKwh, hashRibbons, puellMultiple } from '../economics/metrics';
import { blocksPerDay, subsidyBtc } from '../economics/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { usdPerUnit } from '../sources/quotes';
import { dailyHashrates, dailyIssuanceUsd, type History } from './history';
import type { Market } from './market';
import type { Band, Health, HealthError, Snapshot } from './schema';

// Market inputs + settings (+ history) → Snapshot. Pure: same inputs, same snapshot.

const MINUTE = 60_000;

/** Bands of price/cost (DOMAIN.md §4): < 0.8× below, 0.8–1.2× near, > 1.2× above. */
export const bandOf = (multiple: number): Band =>
  multiple < 0.8 ? 'below' : multiple > 1.2 ? 'above' : 'near';

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
}

export function healthOf(market: Market, settings: Settings, now: number, attempts: Attempts): Health {
  return { stale: isStale(market, settings, now), lastGoodAt: market.price?.fetchedAt ?? 0, ...attempts };
}

/** Projected cost after the retarget: linear in D for the energy model, D^0.525 for the regression. */
function projected(cost: CostEstimate, changePercent: number | undefined): number | null {
  if (changePercent === undefined) return null;
  const ratio = 1 + changePercent / 100;
  if (cost.model === 'energy') return cost.costUsd * ratio;
  if (cost.model === 'regression') return cost.costUsd * ratio ** 0.525;
  return null;
}

/** `missing`: inputs not fetched yet (not a data error); otherwise the inputs were rejected. */
export type BuildResult = { ok: true; snapshot: Snapshot } | { ok: false; error: string; missing: boolean };

/** Builds the snapshot, or says why not (missing inputs, implausible cost). Never throws. */
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
  try {
    const subsidy = subsidyBtc(network.height);
    const reward = subsidy + rewards.avgFeesBtc;
    // Guard the data, not the user's inputs: the reference energy cost uses the default inputs.
    guard('costUsd', energyCostUsd(DEFAULT_SETTINGS.energy, network.difficulty, reward));
    const live = {
      difficulty: network.difficulty,
      rewardPerBlockBtc: reward,
      height: network.height,
      asOf: network.fetchedAt,
      source: network.source,
    };
    const models = {
      energy: energyEstimate(settings.energy, live),
      regression: regressionEstimate(live),
      published: publishedEstimate(settings.publishedId, now),
      manual: manualEstimate(settings.manualCostUsd, now),
    };
    const cost = models[settings.costModel] ?? models.energy;
    const btcPerPhDay = hashpriceBtc(network.difficulty, reward);
    const multiple = price.usd / cost.costUsd;
    const ribbons = history ? hashRibbons(dailyHashrates(history)) : null;
    const snapshot: Snapshot = {
      schemaVersion: 1,
      computedAt: now,
      price: { ...price, usdPer: usdPerUnit(price.perCurrency) },
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
      projectedCostUsd: projected(cost, adjustment?.changePercent),
      breakEvenUsdPerKwh: breakEvenUsdPerKwh(btcPerPhDay * price.usd, settings.energy.efficiencyJPerTh),
      metrics: {
        hashRibbons: ribbons,
        puellMultiple: history ? puellMultiple(dailyIssuanceUsd(history)) : null,
      },
      health,
    };
    return { ok: true, snapshot };
  } catch (error) {
    const message = error instanceof DataError ? error.message : `build failed: ${(error as Error).message}`;
    return { ok: false, error: message, missing: false };
  }
}
