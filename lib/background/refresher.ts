import type { Settings } from '../settings';
import { HISTORY_KEY, withEnergyCosts } from '../snapshot/history';
import { MARKET_KEY } from '../snapshot/market';
import { SNAPSHOT_KEY, type Snapshot } from '../snapshot/schema';
import { createCooldownBook } from '../sources/cooldown';
import type { HttpDeps } from '../sources/http';
import { type SettleInputs, settle } from './settle';
import { COOLDOWN_KEY, FETCH_LOG_KEY, loadState, type StorageArea, type Tier } from './state';
import { fetchTiers, intervalMs } from './tiers';

// Refresh orchestration. A tier is fetched only when due, so any number of tabs,
// popups and alarms inside one interval cost one request per endpoint; concurrent callers
// share one in-flight refresh; every write is serialised; a failure never replaces good numbers.
// An explicit user refresh (`force`) also retries failed tiers through the cool-downs (gap F).

/** Alarms fire a few ms after the previous attempt's period: count that as due. */
const DUE_TOLERANCE_MS = 15_000;
/** With no data at all, a tier may be retried this soon (cool-downs still apply per source). */
const EMPTY_RETRY_MS = 30_000;

export interface RefresherDeps {
  http: HttpDeps;
  local: StorageArea;
  loadSettings: () => Promise<Settings>;
  /** Called with every snapshot written (toolbar icon). */
  /** After each stored snapshot; `fetched` is false for rebuilds after a settings change. */
  onSnapshot?: (snapshot: Snapshot | null, fetched: boolean) => void | Promise<void>;
}

export interface RefreshOptions {
  /** The user asked (popup Refresh): failed tiers are due and cool-downs are ignored, once. */
  force?: boolean;
}

export function createRefresher(deps: RefresherDeps) {
  let inFlight: Promise<Snapshot | null> | null = null;
  let inFlightForced = false;
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(job: () => Promise<T>): Promise<T> => {
    const run = queue.then(job, job);
    queue = run.catch(() => undefined);
    return run;
  };

  async function refreshDue(force: boolean): Promise<Snapshot | null> {
    const settings = await deps.loadSettings();
    const state = await loadState(deps.local);
    const now = deps.http.now();
    const hasData = {
      price: !!state.market.price,
      network: !!state.market.network,
      history: !!state.history,
    };
    const due = (tier: Tier) => {
      if (force && state.log[tier]?.failed) return true;
      const last = state.log[tier]?.at ?? Number.NEGATIVE_INFINITY;
      const wait =
        hasData[tier] && !state.discarded ? intervalMs(tier, settings) - DUE_TOLERANCE_MS : EMPTY_RETRY_MS;
      return now - last >= wait;
    };
    if (!due('price') && !due('network') && !due('history') && (state.snapshot || !hasData.price)) {
      return state.snapshot;
    }
    const book = createCooldownBook(state.cooldown);
    const fetched = await fetchTiers({ http: deps.http, book, force }, state, due, settings);
    const { market, history, newHistory, log } = fetched;
    const inputs = {
      previous: state.snapshot,
      market,
      kept: state.market,
      history,
      log,
      cooldown: book.state(),
    };
    const result = await write(
      settings,
      inputs,
      now,
      (settled) => ({
        [MARKET_KEY]: settled.market,
        [FETCH_LOG_KEY]: log,
        [COOLDOWN_KEY]: book.state(),
        ...(newHistory ? { [HISTORY_KEY]: newHistory } : {}),
      }),
      true,
    );
    return result.snapshot;
  }

  /**
   * Stores the settled snapshot with the state it came from in one write, so whoever sees the new
   * snapshot also sees its fetch log (tests/e2e/economics.spec.ts, "everything down"), then paints.
   */
  async function write(
    settings: Settings,
    inputs: SettleInputs,
    now: number,
    state: (settled: ReturnType<typeof settle>) => Record<string, unknown> = () => ({}),
    fetched = false,
  ) {
    const result = settle(settings, inputs, now);
    await deps.local.set({
      ...state(result),
      ...(result.snapshot ? { [SNAPSHOT_KEY]: result.snapshot } : {}),
    });
    await deps.onSnapshot?.(result.snapshot, fetched);
    return result;
  }

  return {
    /**
     * Fetches whatever tiers are due; concurrent calls share one refresh. A forced call joins a
     * forced one in flight, or follows an unforced one (which may have cleared the failure). Never throws.
     */
    refresh(options: RefreshOptions = {}): Promise<Snapshot | null> {
      const force = options.force === true;
      if (inFlight && (inFlightForced || !force)) return inFlight;
      const run = exclusive(() => refreshDue(force))
        .catch(async () => (await loadState(deps.local)).snapshot)
        .finally(() => {
          if (inFlight === run) inFlight = null;
        });
      inFlight = run;
      inFlightForced = force;
      return run;
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
          cooldown: state.cooldown,
        };
        return (await write(settings, inputs, deps.http.now())).snapshot;
      });
    },
  };
}
export type Refresher = ReturnType<typeof createRefresher>;
