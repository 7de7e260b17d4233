import type { Settings } from '../settings';
import { buildHistory, type History, readHistory } from '../snapshot/history';
import type { Market } from '../snapshot/market';
import type { HealthError } from '../snapshot/schema';
import {
  fetchAdjustment,
  fetchChainStats,
  fetchHistory,
  fetchPrice,
  fetchRatesForPages,
  type SourceContext,
} from '../sources/chain';
import { MIN_POINTS } from '../sources/history-checks';
import { MEMPOOL } from '../sources/mempool';
import type { FetchLog, StoredState, Tier, TierLog } from './state';

// One attempt at the due tiers: each slot of `market` and the history are replaced only by a
// success; the fetch log records what was tried. Never throws (the chains never do).

export const intervalMs = (tier: Tier, settings: Settings): number =>
  tier === 'price'
    ? settings.refresh.priceMinutes * 60_000
    : tier === 'network'
      ? settings.refresh.networkMinutes * 60_000
      : settings.refresh.historyHours * 3_600_000;

export interface TierResult {
  market: Market;
  history: History | null;
  /** A new, checked history to store (null: keep the stored one). */
  newHistory: History | null;
  log: FetchLog;
}

/** A built history must read back and hold at least a month of days (bug G), else it is a data error. */
function checkedHistory(history: History): string | null {
  if (!readHistory(history)) return 'history fails its schema';
  if (history.days.length < MIN_POINTS) return `history has only ${history.days.length} usable days`;
  return null;
}

export async function fetchTiers(
  ctx: SourceContext,
  state: StoredState,
  due: (tier: Tier) => boolean,
  settings: Settings,
): Promise<TierResult> {
  const now = ctx.http.now();
  const [price, chain, adjustment, series, rates] = await Promise.all([
    due('price') ? fetchPrice(ctx, state.market.price) : null,
    due('network') ? fetchChainStats(ctx, state.market.rewards) : null,
    due('network') ? fetchAdjustment(ctx) : null,
    due('history') ? fetchHistory(ctx) : null,
    due('history') ? fetchRatesForPages(ctx) : null,
  ]);
  const pageRates = rates?.value ?? state.market.pageRates;
  const market = {
    price: price?.value ?? state.market.price,
    network: chain?.value?.network ?? state.market.network,
    rewards: chain?.value?.rewards ?? state.market.rewards,
    adjustment: adjustment?.value ?? state.market.adjustment,
    ...(pageRates ? { pageRates } : {}),
  };
  let newHistory = series?.value ? buildHistory(series.value, settings.energy, now) : null;
  // Rates for page currencies ride on the daily tier; their failure never fails the history.
  const historyErrors = [...(series?.errors ?? []), ...(rates?.errors ?? [])];
  const problem = newHistory && checkedHistory(newHistory);
  if (problem) {
    historyErrors.push({ source: MEMPOOL, message: `${problem}: kept the stored year`, at: now });
    newHistory = null;
  }
  const entry = (failed: boolean, errors: HealthError[]): TierLog => ({ at: now, failed, errors });
  const log: FetchLog = { ...state.log };
  if (price) log.price = entry(!price.value, price.errors);
  if (chain) log.network = entry(!chain.value, [...chain.errors, ...(adjustment?.errors ?? [])]);
  if (series) log.history = entry(!newHistory, historyErrors);
  return { market, history: newHistory ?? state.history, newHistory, log };
}
