import * as z from 'zod/mini';

// A source that keeps failing is skipped for a while, so a dead API costs one
// request per cool-down instead of one per alarm. State is plain data: the background
// persists it, because MV3 service workers die between alarms.

export const CooldownStateSchema = z.record(
  z.string(),
  z.object({ failures: z.number(), until: z.number() }),
);
export type CooldownState = z.infer<typeof CooldownStateSchema>;

export interface CooldownPolicy {
  /** Consecutive failed calls before a source is skipped. */
  threshold: number;
  baseMs: number;
  maxMs: number;
}
export const DEFAULT_COOLDOWN: CooldownPolicy = { threshold: 3, baseMs: 5 * 60_000, maxMs: 60 * 60_000 };

/** Tracks failures per source (one per host); copy-on-write so callers can persist `state()`. */
export function createCooldownBook(initial: CooldownState = {}, policy: CooldownPolicy = DEFAULT_COOLDOWN) {
  let state: CooldownState = { ...initial };
  return {
    /** Epoch ms until which `source` is skipped, or 0. */
    coolingUntil(source: string, now: number): number {
      const until = state[source]?.until ?? 0;
      return until > now ? until : 0;
    },
    failure(source: string, now: number, retryAfterMs?: number): void {
      const failures = (state[source]?.failures ?? 0) + 1;
      let until = state[source]?.until ?? 0;
      if (retryAfterMs !== undefined) until = Math.max(until, now + retryAfterMs);
      if (failures >= policy.threshold) {
        const backoff = Math.min(policy.maxMs, policy.baseMs * 2 ** (failures - policy.threshold));
        until = Math.max(until, now + backoff);
      }
      state = { ...state, [source]: { failures, until } };
    },
    success(source: string): void {
      if (!state[source]) return;
      const { [source]: _, ...rest } = state;
      state = rest;
    },
    state: (): CooldownState => state,
  };
}
export type CooldownBook = ReturnType<typeof createCooldownBook>;
