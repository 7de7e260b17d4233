import { describe, expect, it } from 'vitest';
import { liveCostUsd } from '@/components/cost-from-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const chain = { difficulty: 141.67e12, rewardPerBlockBtc: 3.125, height: 935_424 };

describe('liveCostUsd', () => {
  it('energy: ≈ $85k with the default inputs at D = 141.67 T (docs/domain.md §3.1)', () => {
    expect(liveCostUsd(DEFAULT_SETTINGS, chain)).toBeGreaterThan(84_000);
    expect(liveCostUsd(DEFAULT_SETTINGS, chain)).toBeLessThan(86_500);
  });

  it('energy: follows the inputs as they change', () => {
    const cheap = liveCostUsd(
      { ...DEFAULT_SETTINGS, energy: { efficiencyJPerTh: 18, electricityUsdPerKwh: 0.04, overhead: 1.2 } },
      chain,
    )!;
    expect(cheap).toBeLessThan(liveCostUsd(DEFAULT_SETTINGS, chain)! * 0.6);
  });

  it('regression: uses difficulty and issued supply', () => {
    const cost = liveCostUsd({ ...DEFAULT_SETTINGS, costModel: 'regression' }, chain)!;
    expect(cost).toBeGreaterThan(30_000);
    expect(cost).toBeLessThan(60_000);
  });

  it('chain-based models wait for data; published and manual do not', () => {
    expect(liveCostUsd(DEFAULT_SETTINGS, null)).toBeNull();
    expect(liveCostUsd({ ...DEFAULT_SETTINGS, costModel: 'regression' }, null)).toBeNull();
    expect(liveCostUsd({ ...DEFAULT_SETTINGS, costModel: 'published' }, null)).toBe(87_000);
    expect(liveCostUsd({ ...DEFAULT_SETTINGS, costModel: 'manual', manualCostUsd: 91_000 }, null)).toBe(
      91_000,
    );
  });

  it('an unknown published id gives no figure', () => {
    expect(
      liveCostUsd({ ...DEFAULT_SETTINGS, costModel: 'published', publishedId: 'gone' }, chain),
    ).toBeNull();
  });
});
