import { chosenEstimate, needsChain } from '@/lib/economics/chosen-estimate';
import type { RegressionFit } from '@/lib/economics/regression-fit';
import type { Settings } from '@/lib/settings';
import type { Snapshot } from '@/lib/snapshot/schema';

/** The chain figures a live model needs, taken from the current snapshot. */
export interface ChainInputs {
  difficulty: number;
  rewardPerBlockBtc: number;
  height: number;
  /** The snapshot's Difficulty Regression refit, when there is one. */
  regressionFit?: RegressionFit | undefined;
}

/** The chain figures of `snapshot`, or null before there is one. */
export const chainInputsOf = (snapshot: Snapshot | null): ChainInputs | null =>
  snapshot
    ? {
        difficulty: snapshot.network.difficulty,
        rewardPerBlockBtc: snapshot.rewards.rewardPerBlockBtc,
        height: snapshot.network.height,
        regressionFit: snapshot.regressionFit,
      }
    : null;

/**
 * What the chosen model in `settings` says a coin costs right now, for the options page's
 * "live resulting cost": null when the model needs chain data that has not loaded yet, or the
 * published id is unknown. The same dispatch as the snapshot's (lib/economics/chosen-estimate.ts).
 */
export function liveCostUsd(settings: Settings, chain: ChainInputs | null, now = Date.now()): number | null {
  if (!chain && needsChain(settings.costModel)) return null;
  const live = { difficulty: 0, rewardPerBlockBtc: 0, height: 0, ...chain, asOf: now, source: '' };
  return chosenEstimate(settings, live, chain?.regressionFit ?? null, now)?.costUsd ?? null;
}
