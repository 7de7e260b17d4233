import { describe, expect, it } from 'vitest';
import { manualEstimate, publishedEstimate } from '../../../lib/economics/cost-models';
import { guard, implausible } from '../../../lib/economics/guards';
import {
  breakEvenUsdPerKwh,
  hashRibbons,
  projectedCostUsd,
  puellMultiple,
  sma,
} from '../../../lib/economics/metrics';
import { ENERGY_PRESETS, PUBLISHED_ESTIMATES } from '../../../lib/economics/published';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const DAY = 86_400_000;

describe('published estimates (docs/domain.md §3.3)', () => {
  it('has the settings default and unique ids', () => {
    const ids = PUBLISHED_ESTIMATES.map((p) => p.id);
    expect(ids).toContain(DEFAULT_SETTINGS.publishedId);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('is dated, linked and flagged stale after 120 days', () => {
    const published = Date.parse('2026-02-05T00:00:00Z');
    const fresh = publishedEstimate('checkonchain-2026-02', published + 119 * DAY);
    expect(fresh).toMatchObject({ costUsd: 87_000, stale: false, source: 'Checkonchain', asOf: published });
    expect(fresh?.url).toMatch(/^https:\/\//);
    expect(publishedEstimate('checkonchain-2026-02', published + 121 * DAY)?.stale).toBe(true);
    expect(publishedEstimate('nope', published)).toBeNull();
  });
  it('offers the energy presets of docs/domain.md §3.1', () => {
    expect(ENERGY_PRESETS.find((p) => p.id === 'network-average')?.inputs).toEqual(DEFAULT_SETTINGS.energy);
    expect(ENERGY_PRESETS.find((p) => p.id === 'efficient-miner')?.inputs).toEqual({
      efficiencyJPerTh: 18,
      electricityUsdPerKwh: 0.04,
      overhead: 1.2,
    });
  });
  it('shows a manual value as the user typed it', () => {
    expect(manualEstimate(81_500, 5)).toMatchObject({ model: 'manual', costUsd: 81_500, asOf: 5 });
  });
});

describe('metrics (docs/domain.md §5)', () => {
  const flat = (n: number, v: number) => Array.from({ length: n }, () => v);
  it('sma needs enough points', () => {
    expect(sma([1, 2, 3], 2)).toBe(2.5);
    expect(sma([1], 2)).toBeNull();
  });
  it('hash ribbons: capitulation when SMA30 < SMA60', () => {
    const series = [...flat(40, 1000), ...flat(30, 800)];
    expect(hashRibbons(series)?.state).toBe('capitulation');
  });
  it('hash ribbons: recovery right after SMA30 crosses back up, then normal', () => {
    // 60 days high, 30 low (capitulation), then a climb that lifts SMA30 over SMA60.
    const cap = [...flat(60, 1000), ...flat(30, 800)];
    let series = cap;
    let day = 0;
    while (hashRibbons(series)?.state === 'capitulation' && day < 100) {
      series = [...series, 1300];
      day++;
    }
    expect(hashRibbons(series)?.state).toBe('recovery');
    expect(hashRibbons([...series, ...flat(20, 1300)])?.state).toBe('normal');
    expect(hashRibbons(flat(59, 1))).toBeNull();
  });
  it('puell multiple: today / 365-day mean', () => {
    expect(puellMultiple([...flat(364, 10), 20])).toBeCloseTo(20 / ((364 * 10 + 20) / 365), 10);
    expect(puellMultiple(flat(100, 1))).toBeNull();
  });
  it('break-even electricity and projected cost', () => {
    expect(breakEvenUsdPerKwh(37.8, 28)).toBeCloseTo(0.05625, 10);
    expect(projectedCostUsd(85_000, -11.16)).toBeCloseTo(75_514, 0);
  });
});

describe('plausibility guards (docs/domain.md §4)', () => {
  it('reports absurd values as data errors', () => {
    expect(implausible('difficulty', 141.67e12)).toBeNull();
    expect(implausible('difficulty', 141.67)).toMatch(/implausible difficulty/);
    expect(implausible('hashrateHs', 913e18)).toBeNull();
    expect(implausible('hashrateHs', 913e9)).toMatch(/EH\/s/);
    expect(implausible('costUsd', 250_000)).toMatch(/30000–200000 USD/);
    expect(implausible('priceUsd', Number.NaN)).toMatch(/NaN/);
    expect(() => guard('costUsd', 10)).toThrow(/implausible costUsd/);
  });
});
