import { describe, expect, it } from 'vitest';
import {
  costRange,
  MINER_PROFILES,
  type RangePosition,
  whereInRange,
} from '../../../lib/economics/cost-range';
import { ENERGY_PRESETS } from '../../../lib/economics/published';
import { RANGE_KEYS } from '../../../lib/i18n/model-words';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { en } from '../words';

// docs/domain.md §3.1: with the defaults, ≈ $85k at D = 141.67 T (reward 3.125 + fees ≈ 3.14 BTC).
const D = 141.67e12;
const R = 3.14;

describe('miner cost range', () => {
  it('orders efficient < average < high-cost, the average being the default energy cost', () => {
    const r = costRange(D, R);
    expect(r.averageUsd).toBeGreaterThan(84_000);
    expect(r.averageUsd).toBeLessThan(86_500);
    expect(r.efficientUsd).toBeLessThan(r.averageUsd);
    expect(r.highCostUsd).toBeGreaterThan(r.averageUsd);
    // Hashcost scales linearly: 18×0.04×1.2 / (28×0.045×1.25) of the average.
    expect(r.efficientUsd / r.averageUsd).toBeCloseTo((18 * 0.04 * 1.2) / (28 * 0.045 * 1.25), 6);
    expect(MINER_PROFILES.average).toEqual(DEFAULT_SETTINGS.energy);
    const efficient = ENERGY_PRESETS.find((p) => p.id === 'efficient-miner')!.inputs;
    expect(MINER_PROFILES.efficient).toEqual(efficient);
  });

  it('says where a price sits among the three costs', () => {
    const words = (position: RangePosition) => en(RANGE_KEYS[position]);
    const r = { efficientUsd: 47_000, averageUsd: 85_000, highCostUsd: 138_000 };
    expect(words(whereInRange(40_000, r))).toBe("below even an efficient miner's cost");
    expect(words(whereInRange(70_000, r))).toBe("between an efficient miner's cost and the network average");
    expect(words(whereInRange(100_000, r))).toBe("between the network average cost and a high-cost miner's");
    expect(words(whereInRange(150_000, r))).toBe("above even a high-cost miner's cost");
  });
});
