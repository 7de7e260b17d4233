import type { CostEstimate } from '../economics/cost-estimate';
import { implausible } from '../economics/guards';
import { RETARGET_PERCENT } from '../economics/protocol';

// Cost after the next retarget (docs/domain.md §5), only from a change the protocol allows (§1: ×4 / ÷4,
// −75 % … +300 %) and only when the reference cost it implies stays plausible (§4), else null.

/** Difficulty ratio after a retarget of `changePercent`, or null outside the protocol clamp. */
export function retargetRatio(changePercent: number | undefined): number | null {
  if (changePercent === undefined || !Number.isFinite(changePercent)) return null;
  if (changePercent < RETARGET_PERCENT.min || changePercent > RETARGET_PERCENT.max) return null;
  return 1 + changePercent / 100;
}

/**
 * Linear in D for the energy model, D^0.525 for the regression; other models have no projection.
 * `referenceCostUsd` is the guarded default-input energy cost: the data is checked, not the user's inputs.
 */
export function projectedCost(
  cost: CostEstimate,
  changePercent: number | undefined,
  referenceCostUsd: number,
): number | null {
  const ratio = retargetRatio(changePercent);
  if (ratio === null || implausible('costUsd', referenceCostUsd * ratio)) return null;
  const value =
    cost.model === 'energy'
      ? cost.costUsd * ratio
      : cost.model === 'regression' || cost.model === 'regression2022'
        ? cost.costUsd * ratio ** 0.525
        : null;
  return value !== null && Number.isFinite(value) && value > 0 ? value : null;
}
