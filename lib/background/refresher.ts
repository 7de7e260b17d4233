import type { Settings } from '../settings';
import { buildHistory, HISTORY_KEY, withEnergyCosts } from '../snapshot/history';
import { MARKET_KEY } from '../snapshot/market';
import { type HealthError, SNAPSHOT_KEY, type Snapshot } from '../snapshot/schema';
import { fetchAdjustment, fetchChainStats, fetchHistory, fetchPrice } from '../sources/chain';
import { createCooldownBook } from '../sources/cooldown';
import type { HttpDeps } from '../sources/http';
import { type SettleInputs, settle } from './settle';
import {
  COOLDOWN_KEY,
  FETCH_LOG_KEY,
  type FetchLog,
  loadState,
  type StorageArea,
  type Tier,
  type TierLog,
} from './state';

// Refresh orchestration (issue 3). A tier is fetched only when due, so any number of tabs,
// popups and alarms inside one interval cost one request per endpoint; concurrent callers
// share one in-flight refresh; every write is serialised; a failure never replaces good numbers.

/** Alarms fire a few ms after the previous attempt's period: count that as due. */
const DUE_TOLERANCE_MS = 15_000;
/** With no data at all, a tier may be retried this soon (cool-downs still apply per source). */
const EMPTY_RETRY_MS = 30_000;

export interface RefresherDeps {
  http: HttpDeps;
  local: StorageArea;
  loadSettings: () => Promise<Settings>;
  /** Called with every snapshot written (toolbar icon). */
  onSnapshot?: (snapshot: Snapshot | null) => void | Promise<void>;
}

export const intervalMs = (tier: Tier, settings: Settings): number =>
  tier === 'price'
    ? settings.refresh.priceMinutes * 60_000
    : tier === 'network'
      ? settings.refresh.networkMinutes * 60_000
      : settings.refresh.historyHours * 3_600_000;

export function createRefresher(deps: RefresherDeps) {
  let inFlight: Promise<Snapshot | null> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  async function refreshDue(): Promise<Snapshot | null> {
    const settings = await deps.loadSettings();
    const state = await loadState(deps.local);
    const now = deps.http.now();
    const hasData = {
      price: !!state.market.price,
      network: !!state.market.network,
      history: !!state.history,
    };
    const due = (tier: Tier) => {
      const last = state.log[tier]?.at ?? Number.NEGATIVE_INFINITY;
      const wait =
        hasData[tier] && !state.discarded ? intervalMs(tier, settings) - DUE_TOLERANCE_MS : EMPTY_RETRY_MS;
      return now - last >= wait;
    };
    if (!due('price') && !due('network') && !due('history') && (state.snapshot || !hasData.price)) {
      return state.snapshot;
    }
    const book = createCooldownBook(state.cooldown);
    const ctx = { http: deps.http, book };
    const [price, chain, adjustment, series] = await Promise.all([
      due('price') ? fetchPrice(ctx, state.market.price) : null,
      due('network') ? fetchChainStats(ctx, state.market.rewards) : null,
      due('network') ? fetchAdjustment(ctx) : null,
      due('history') ? fetchHistory(ctx) : null,
    ]);
    const market = {
      price: price?.value ?? state.market.price,
      network: chain?.value?.network ?? state.market.network,
      rewards: chain?.value?.rewards ?? state.market.rewards,
      adjustment: adjustment?.value ?? state.market.adjustment,
    };
    const history = series?.value ? buildHistory(series.value, settings.energy, now) : state.history;
    const entry = (failed: boolean, errors: HealthError[]): TierLog => ({ at: now, failed, errors });
    const log: FetchLog = { ...state.log };
    if (price) log.price = entry(!price.value, price.errors);
    if (chain) log.network = entry(!chain.value, [...chain.errors, ...(adjustment?.errors ?? [])]);
    if (series) log.history = entry(!series.value, series.errors);
    const result = await write(
      settings,
      { previous: state.snapshot, market, kept: state.market, history, log },
      now,
    );
    await deps.local.set({ [MARKET_KEY]: result.market, [FETCH_LOG_KEY]: log, [COOLDOWN_KEY]: book.state() });
    if (series?.value && history) await deps.local.set({ [HISTORY_KEY]: history });
    return result.snapshot;
  }

  async function write(settings: Settings, inputs: SettleInputs, now: number) {
    const result = settle(settings, inputs, now);
    if (result.snapshot) await deps.local.set({ [SNAPSHOT_KEY]: result.snapshot });
    await deps.onSnapshot?.(result.snapshot);
    return result;
  }

  return {
    /** Fetches whatever tiers are due; concurrent calls share one refresh. Never throws. */
    refresh(): Promise<Snapshot | null> {
      if (!inFlight) {
        inFlight = exclusive(refreshDue)
          .catch(async () => (await loadState(deps.local)).snapshot)
          .finally(() => {
            inFlight = null;
          });
      }
      return inFlight;
    },
    /** Rebuilds from stored inputs after a settings change, without fetching. */
    rebuild(): Promise<Snapshot | null> {
      return exclusive(async () => {
        const settings = await deps.loadSettings();
        const state = await loadState(deps.local);
        const history = state.history ? withEnergyCosts(state.history, settings.energy) : null;
        if (history) await deps.local.set({ [HISTORY_KEY]: history });
        const inputs = {
          previous: state.snapshot,
          market: state.market,
          kept: state.market,
          history,
          log: state.log,
        };
        return (await write(settings, inputs, deps.http.now())).snapshot;
      });
    },
  };
}
export type Refresher = ReturnType<typeof createRefresher>;
