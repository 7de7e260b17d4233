import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  energyCostUsd,
  energyEstimate,
  hashcostUsdPerPhDay,
  regressionCostUsd,
  regressionEstimate,
} from '../../../lib/economics/cost-models';
import { hashpriceBtc, hashpriceUsd } from '../../../lib/economics/hashprice';
import { impliedHashrateHs, issuedSupplyBtc, subsidyBtc } from '../../../lib/economics/protocol';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

// The formula checks of docs/domain.md §1–§3.
const defaults = DEFAULT_SETTINGS.energy;

describe('protocol (docs/domain.md §1)', () => {
  it('halves the subsidy every 210,000 blocks', () => {
    expect(subsidyBtc(0)).toBe(50);
    expect(subsidyBtc(839_999)).toBe(6.25);
    expect(subsidyBtc(840_000)).toBe(3.125);
    expect(subsidyBtc(1_050_000)).toBe(1.5625);
    expect(subsidyBtc(64 * 210_000)).toBe(0);
  });
  it('reproduces issued supply 19,985,703 BTC at h = 935,424', () => {
    expect(Math.floor(issuedSupplyBtc(935_424))).toBe(19_985_703);
  });
  it('implies ~1,014 EH/s from D = 141.67 T', () => {
    expect(impliedHashrateHs(141.67e12) / 1e18).toBeCloseTo(1014, 0);
  });
});

describe('hashprice (docs/domain.md §2)', () => {
  it('is $37.9/PH/day at D = 152 T, $91k, R = 3.145', () => {
    expect(hashpriceUsd(152e12, 3.145, 91_000)).toBeCloseTo(37.9, 1);
  });
});

describe('cost models (docs/domain.md §3)', () => {
  it('energy: defaults give a hashcost of $37.80/PH/day', () => {
    expect(hashcostUsdPerPhDay(defaults)).toBeCloseTo(37.8, 10);
  });
  it('energy: ≈ $85k at D = 141.67 T with the defaults (R = 3.125 + 0.015 fees)', () => {
    const cost = energyCostUsd(defaults, 141.67e12, 3.14);
    expect(cost).toBeGreaterThan(84_000);
    expect(cost).toBeLessThan(86_000);
  });
  it('energy: price/cost equals hashprice_USD / hashcost', () => {
    const cost = energyCostUsd(defaults, 141.67e12, 3.14);
    expect(70_000 / cost).toBeCloseTo(hashpriceUsd(141.67e12, 3.14, 70_000) / 37.8, 10);
  });
  it('regression: $19.3k at D = 35.6 T with Oct 2022 supply', () => {
    const supplyOct2022 = issuedSupplyBtc(758_000); // ≈ 19.18 M BTC
    expect(regressionCostUsd(35.6e12, supplyOct2022) / 1000).toBeCloseTo(19.3, 1);
  });
  it('labels the models and shows their inputs', () => {
    const live = {
      difficulty: 141.67e12,
      rewardPerBlockBtc: 3.14,
      height: 935_300,
      asOf: 1,
      source: 'mempool.space',
    };
    const energy = energyEstimate(defaults, live);
    expect(energy.label).toBe('Energy cost (28 J/TH, $0.045/kWh, ×1.25)');
    expect(energy.inputs.map((i) => i.name)).toContain('Electricity');
    expect(energy.note).toMatch(/excludes hardware depreciation/);
    expect(regressionEstimate(live).label).toBe('Difficulty Regression (2022 coefficients)');
  });
  it('energy cost is linear in electricity and difficulty, inverse in reward (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 50e12, max: 400e12, noNaN: true }),
        fc.double({ min: 1, max: 10, noNaN: true }),
        fc.double({ min: 0.01, max: 0.2, noNaN: true }),
        (d, r, kwh) => {
          const base = energyCostUsd({ ...defaults, electricityUsdPerKwh: kwh }, d, r);
          const twice = energyCostUsd({ ...defaults, electricityUsdPerKwh: 2 * kwh }, d, r);
          expect(twice / base).toBeCloseTo(2, 9);
          expect(energyCostUsd(defaults, 2 * d, r) / energyCostUsd(defaults, d, r)).toBeCloseTo(2, 9);
          expect(hashpriceBtc(d, 2 * r) / hashpriceBtc(d, r)).toBeCloseTo(2, 9);
        },
      ),
    );
  });
});
