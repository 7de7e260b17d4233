import type { Settings } from '../settings';
import type { CooldownState } from '../sources/cooldown';
import { type FetchLog, TIERS } from './state';
import { intervalMs } from './tiers';

// Gap F: while a tier is failing, when will the alarms next reach one of its sources? Not before
// its next due time, nor before the earliest of its sources leaves its cool-down.

export function nextAttemptAt(
  log: FetchLog,
  cooldown: CooldownState,
  settings: Settings,
): number | undefined {
  let next = Number.POSITIVE_INFINITY;
  for (const tier of TIERS) {
    const entry = log[tier];
    if (!entry?.failed) continue;
    const sources = [...new Set(entry.errors.map((e) => e.source))];
    const free = sources.length ? Math.min(...sources.map((s) => cooldown[s]?.until ?? 0)) : 0;
    next = Math.min(next, Math.max(entry.at + intervalMs(tier, settings), free));
  }
  return Number.isFinite(next) ? next : undefined;
}
