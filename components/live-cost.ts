import { energyCostUsd, regressionCostUsd } from '@/lib/economics/cost-models';
import { issuedSupplyBtc } from '@/lib/economics/protocol';
import { findPublished } from '@/lib/economics/published';
import { fittedCostUsd, type RegressionFit } from '@/lib/economics/regression-fit';
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
 * published id is unknown.
 */
export function liveCostUsd(settings: Settings, chain: ChainInputs | null): number | null {
  switch (settings.costModel) {
    case 'energy':
      return chain ? energyCostUsd(settings.energy, chain.difficulty, chain.rewardPerBlockBtc) : null;
    case 'regression':
      if (!chain) return null;
      return chain.regressionFit
        ? fittedCostUsd(chain.regressionFit, chain.difficulty, issuedSupplyBtc(chain.height))
        : regressionCostUsd(chain.difficulty, issuedSupplyBtc(chain.height));
    case 'regression2022':
      return chain ? regressionCostUsd(chain.difficulty, issuedSupplyBtc(chain.height)) : null;
    case 'published':
      return findPublished(settings.publishedId)?.costUsd ?? null;
    case 'manual':
      return settings.manualCostUsd;
  }
}
