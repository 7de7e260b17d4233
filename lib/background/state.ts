import * as z from 'zod/mini';
import { HISTORY_KEY, type History, readHistory } from '../snapshot/history';
import { MARKET_KEY, type Market, readMarket } from '../snapshot/market';
import { HealthErrorSchema, readSnapshot, SNAPSHOT_KEY, type Snapshot } from '../snapshot/schema';
import { CooldownStateSchema } from '../sources/cooldown';

// Everything the background keeps in storage.local. MV3 service workers die between alarms,
// so nothing that matters lives only in memory: each refresh loads this, then saves it.

/** The slice of `browser.storage.StorageArea` the background uses. */
export interface StorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export const TIERS = ['price', 'network', 'history'] as const;
export type Tier = (typeof TIERS)[number];

export const FETCH_LOG_KEY = 'fetchLog';
export const COOLDOWN_KEY = 'sourceHealth';

const TierLogSchema = z.object({
  /** When this tier was last attempted (ms). */
  at: z.number(),
  /** The attempt produced no data (every source failed or was skipped). */
  failed: z.boolean(),
  errors: z.array(HealthErrorSchema),
});
export const FetchLogSchema = z.object({
  price: z.optional(TierLogSchema),
  network: z.optional(TierLogSchema),
  history: z.optional(TierLogSchema),
});
export type FetchLog = z.infer<typeof FetchLogSchema>;
export type TierLog = z.infer<typeof TierLogSchema>;

export interface StoredState {
  snapshot: Snapshot | null;
  /** A stored snapshot failed validation and was discarded: refetch everything. */
  discarded: boolean;
  market: Market;
  history: History | null;
  log: FetchLog;
  cooldown: z.infer<typeof CooldownStateSchema>;
}

export async function loadState(local: StorageArea): Promise<StoredState> {
  const raw = await local.get([SNAPSHOT_KEY, MARKET_KEY, HISTORY_KEY, FETCH_LOG_KEY, COOLDOWN_KEY]);
  const snapshot = readSnapshot(raw[SNAPSHOT_KEY]);
  const discarded = raw[SNAPSHOT_KEY] !== undefined && snapshot === null;
  if (discarded) await local.remove(SNAPSHOT_KEY);
  const log = z.safeParse(FetchLogSchema, raw[FETCH_LOG_KEY]);
  const cooldown = z.safeParse(CooldownStateSchema, raw[COOLDOWN_KEY]);
  return {
    snapshot,
    discarded,
    market: readMarket(raw[MARKET_KEY]),
    history: readHistory(raw[HISTORY_KEY]),
    log: log.success && !discarded ? log.data : {},
    cooldown: cooldown.success ? cooldown.data : {},
  };
}

/** Reads just the stored snapshot (fast path for getSnapshot); null when missing or corrupt. */
export async function loadSnapshot(local: StorageArea): Promise<Snapshot | null> {
  return readSnapshot((await local.get(SNAPSHOT_KEY))[SNAPSHOT_KEY]);
}

/** All health errors of the latest attempt of each tier. */
export const logErrors = (log: FetchLog) => TIERS.flatMap((tier) => log[tier]?.errors ?? []);
