/**
 * Miners do not share one cost: the same network gives an efficient miner, the network average and a
 * high-cost miner three break-even prices (docs/domain.md §3.1 presets, through the energy formula). Where the
 * price sits among them says more than one gap: below the high-cost miner's cost, the least efficient
 * fleets run at a loss (tests/unit/economics/cost-range.test.ts).
 */
import type { EnergyInputs } from '../settings';
import { energyCostUsd } from './cost-models';

/** Three miner profiles: the presets' efficient miner and network average, and an older, pricier fleet. */
export const MINER_PROFILES = {
  efficient: { efficiencyJPerTh: 18, electricityUsdPerKwh: 0.04, overhead: 1.2 },
  average: { efficiencyJPerTh: 28, electricityUsdPerKwh: 0.045, overhead: 1.25 },
  // S19-class machines (~34 J/TH) on $0.06/kWh power: the fleets that switch off first.
  highCost: { efficiencyJPerTh: 34, electricityUsdPerKwh: 0.06, overhead: 1.25 },
} as const satisfies Record<string, EnergyInputs>;

export interface CostRange {
  efficientUsd: number;
  averageUsd: number;
  highCostUsd: number;
}

/** The three break-even prices at this difficulty and block reward. */
export function costRange(difficulty: number, rewardPerBlockBtc: number): CostRange {
  const cost = (inputs: EnergyInputs) => energyCostUsd(inputs, difficulty, rewardPerBlockBtc);
  return {
    efficientUsd: cost(MINER_PROFILES.efficient),
    averageUsd: cost(MINER_PROFILES.average),
    highCostUsd: cost(MINER_PROFILES.highCost),
  };
}

/**
 * Where `priceUsd` sits among the three costs.
 * @example whereInRange(70_000, range) // "belowAverage": between the efficient miner's and the network average cost
 */
export function whereInRange(priceUsd: number, range: CostRange): RangePosition {
  if (priceUsd < range.efficientUsd) return 'belowEfficient';
  if (priceUsd < range.averageUsd) return 'belowAverage';
  if (priceUsd < range.highCostUsd) return 'belowHighCost';
  return 'aboveHighCost';
}

/** Where a price sits among miners' break-even prices (the surfaces put it in words). */
export type RangePosition = 'belowEfficient' | 'belowAverage' | 'belowHighCost' | 'aboveHighCost';
