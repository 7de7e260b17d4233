import type { Settings } from '../settings';
import { buildSnapshot, healthOf } from '../snapshot/build';
import type { History } from '../snapshot/history';
import type { Market } from '../snapshot/market';
import type { Snapshot } from '../snapshot/schema';
import type { CooldownState } from '../sources/cooldown';
import { nextAttemptAt } from './next-attempt';
import { type FetchLog, logErrors } from './state';

// What to store after an attempt: a new snapshot when the inputs build one; otherwise the
// previous numbers with only their health updated (nothing wipes the last good snapshot).

export interface SettleInputs {
  previous: Snapshot | null;
  /** Inputs after this attempt (successful slots replaced). */
  market: Market;
  /** Inputs before it, kept when the new ones are rejected. */
  kept: Market;
  history: History | null;
  log: FetchLog;
  /** Cool-downs after this attempt: when the alarms will next reach each source. */
  cooldown: CooldownState;
}

export function settle(
  settings: Settings,
  inputs: SettleInputs,
  now: number,
): { snapshot: Snapshot | null; market: Market } {
  const { previous, market, kept, history, log } = inputs;
  const errors = logErrors(log);
  const next = nextAttemptAt(log, inputs.cooldown, settings);
  const attempts = {
    lastAttemptAt: Math.max(0, ...Object.values(log).map((l) => l?.at ?? 0)),
    failing: !!(log.price?.failed || log.network?.failed),
    errors,
    ...(next === undefined ? {} : { nextAttemptAt: next }),
  };
  const built = buildSnapshot(market, settings, history, healthOf(market, settings, now, attempts), now);
  if (built.ok) return { snapshot: built.snapshot, market };
  // Missing inputs are no reason to drop the ones that did arrive; rejected ones are dropped.
  const inputsKept = built.missing ? market : kept;
  if (!previous) return { snapshot: null, market: inputsKept };
  const health = healthOf(kept, settings, now, {
    ...attempts,
    failing: true,
    errors: [...errors, { source: 'hashfloor', message: built.error, at: now }],
  });
  return {
    snapshot: { ...previous, health: { ...health, lastGoodAt: previous.health.lastGoodAt } },
    market: inputsKept,
  };
}
