import { describe, expect, it } from 'vitest';
import { chartBandFor, chartCostsFor, chartPointsFor } from '@/components/chart-points';
import { regressionCostUsd } from '@/lib/economics/cost-models';
import { costRange } from '@/lib/economics/cost-range';
import { issuedSupplyBtc } from '@/lib/economics/protocol';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import { makeHistory } from '../../e2e/support/snapshot-fixture';

const NOW = Date.UTC(2026, 1, 5, 12);
const history = makeHistory(NOW);

describe('chart points follow the chosen cost model', () => {
  it('energy: the history as stored', () => {
    const points = chartPointsFor(history, DEFAULT_SETTINGS, {});
    expect(points.map((p) => p.costUsd)).toEqual(history.days.map((d) => d.costUsd));
    expect(points.map((p) => p.priceUsd)).toEqual(history.days.map((d) => d.priceUsd));
  });

  it("regression (2022): each day's difficulty and coin supply at that day's height", () => {
    const points = chartPointsFor(history, { ...DEFAULT_SETTINGS, costModel: 'regression2022' }, {});
    const day = history.days[100]!;
    expect(points[100]!.costUsd).toBeCloseTo(
      regressionCostUsd(day.difficulty, issuedSupplyBtc(day.height)),
      6,
    );
    expect(points[100]!.costUsd).not.toBeCloseTo(day.costUsd, 0);
  });

  it('manual: the reader’s own value every day', () => {
    const points = chartPointsFor(
      history,
      { ...DEFAULT_SETTINGS, costModel: 'manual', manualCostUsd: 77_000 },
      {},
    );
    expect(new Set(points.map((p) => p.costUsd))).toEqual(new Set([77_000]));
  });

  it('no history, no points; the band is each day’s miner range', () => {
    expect(chartPointsFor(null, DEFAULT_SETTINGS, {})).toEqual([]);
    const day = history.days[0]!;
    const range = costRange(day.difficulty, day.rewardBtc);
    expect(chartBandFor(history)[0]).toEqual({
      t: day.t,
      lowUsd: range.efficientUsd,
      highUsd: range.highCostUsd,
    });
  });

  it("gives another model's daily costs for a comparison line, or null when that model cannot say", () => {
    const costs = chartCostsFor(history, DEFAULT_SETTINGS, {}, 'regression2022')!;
    const day = history.days[200]!;
    expect(costs).toHaveLength(history.days.length);
    expect(costs[200]).toBeCloseTo(regressionCostUsd(day.difficulty, issuedSupplyBtc(day.height)), 6);
    expect(
      chartCostsFor(history, { ...DEFAULT_SETTINGS, publishedId: 'no-such-estimate' }, {}, 'published'),
    ).toBeNull();
  });
});
