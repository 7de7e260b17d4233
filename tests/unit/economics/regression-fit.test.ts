import { describe, expect, it } from 'vitest';
import { regressionCostUsd } from '../../../lib/economics/cost-models';
import { issuedSupplyBtc } from '../../../lib/economics/protocol';
import { fitRegression, fittedCostUsd } from '../../../lib/economics/regression-fit';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { buildHistory } from '../../../lib/snapshot/history';
import { fetchMempoolHistory } from '../../../lib/sources/mempool-history';
import { createFakeNet } from '../sources/fake-net';

describe('Difficulty Regression refit', () => {
  it('recovers known coefficients, and refuses too little post-halving data', () => {
    const days = Array.from({ length: 120 }, (_, i) => {
      const difficulty = (100 + i) * 1e12;
      const height = 850_000 + i * 144;
      const cap = Math.exp(3 + 0.9 * Math.log(difficulty));
      return { t: i * 86_400_000, difficulty, height, priceUsd: cap / issuedSupplyBtc(height) };
    });
    const fit = fitRegression(days)!;
    expect(fit.a).toBeCloseTo(3, 6);
    expect(fit.b).toBeCloseTo(0.9, 8);
    expect(fit.r2).toBeCloseTo(1, 8);
    expect(fit.n).toBe(120);
    expect(fitRegression(days.slice(0, 59))).toBeNull();
    expect(fitRegression(days.map((d) => ({ ...d, height: 800_000 })))).toBeNull();
  });

  it('is pinned on the recorded year of mempool data, and compared with the published value', async () => {
    const net = createFakeNet();
    const history = buildHistory(await fetchMempoolHistory(net.http), DEFAULT_SETTINGS.energy, net.now());
    const fit = fitRegression(history.days)!;
    const supply = issuedSupplyBtc(935_300);
    const refit = fittedCostUsd(fit, 141.67e12, supply);
    const old = regressionCostUsd(141.67e12, supply);
    // Pinned on the recorded year (Feb 2025 – Feb 2026, all after the 2024 halving): docs/domain.md.
    expect(fit.n).toBe(365);
    expect(fit.b).toBeCloseTo(0.318, 3);
    expect(fit.r2).toBeCloseTo(0.071, 3);
    expect(Math.round(refit / 100) * 100).toBe(105_200);
    // The 2022 coefficients at the same difficulty, for comparison: about 0.36× the refit.
    expect(Math.round(old / 100) * 100).toBe(38_300);
    // Checkonchain published ~$92,300 for Dec 2025; the refit at that day's difficulty is 15.8 % above.
    const dec = history.days.find((d) => new Date(d.t).toISOString().startsWith('2025-12-15'))!;
    const atDec = fittedCostUsd(fit, dec.difficulty, issuedSupplyBtc(dec.height));
    expect(atDec / 92_300 - 1).toBeCloseTo(0.158, 2);
  });
});
