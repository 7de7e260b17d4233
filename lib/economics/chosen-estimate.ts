import type { Settings } from '../settings';
import type { CostEstimate } from './cost-estimate';
import {
  energyEstimate,
  type LiveInputs,
  manualEstimate,
  publishedEstimate,
  regressionEstimate,
  regressionFitEstimate,
} from './cost-models';
import type { RegressionFit } from './regression-fit';

/** The settings that say which cost model to use and with what. */
export type ModelChoice = Pick<Settings, 'costModel' | 'energy' | 'publishedId' | 'manualCostUsd'>;

/**
 * The estimate of the cost model the reader chose: the one dispatch on the model for the snapshot
 * (lib/snapshot/build.ts) and the options page's live cost. Null for a published id that is unknown.
 * The Difficulty Regression uses the refit on recent history when there is one.
 * @example chosenEstimate({ ...settings, costModel: 'manual' }, live, null, Date.now())?.costUsd
 */
export function chosenEstimate(
  choice: ModelChoice,
  live: LiveInputs,
  fit: RegressionFit | null,
  now: number,
): CostEstimate | null {
  switch (choice.costModel) {
    case 'energy':
      return energyEstimate(choice.energy, live);
    case 'regression':
      return fit ? regressionFitEstimate(live, fit) : regressionEstimate(live, 'regression');
    case 'regression2022':
      return regressionEstimate(live);
    case 'published':
      return publishedEstimate(choice.publishedId, now);
    case 'manual':
      return manualEstimate(choice.manualCostUsd, now);
  }
}

/** Whether the model needs the chain's figures (difficulty, reward, height) to say anything. */
export const needsChain = (model: ModelChoice['costModel']): boolean =>
  model === 'energy' || model === 'regression' || model === 'regression2022';
