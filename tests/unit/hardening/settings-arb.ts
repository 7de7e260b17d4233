import fc from 'fast-check';
import { COST_MODELS, CURRENCIES, type Settings } from '../../../lib/settings';

// Any valid Settings (every field within its schema's bounds), for property tests.

const real = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => x + 0); // no −0
const hosts = fc.array(fc.domain(), { maxLength: 4 });
export const settingsArb: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(3 as const),
  paused: fc.boolean(),
  siteMode: fc.constantFrom('all', 'allowlist'),
  disabledSites: hosts,
  allowedSites: hosts,
  notPrices: fc.array(fc.record({ site: fc.domain(), text: fc.string({ minLength: 1, maxLength: 80 }) }), {
    maxLength: 3,
  }),
  costModel: fc.constantFrom(...COST_MODELS),
  energy: fc.record({
    efficiencyJPerTh: real(5, 150),
    electricityUsdPerKwh: real(0, 1),
    overhead: real(1, 3),
  }),
  publishedId: fc.string({ minLength: 1, maxLength: 64 }),
  manualCostUsd: real(1000, 10_000_000),
  displayCurrency: fc.constantFrom(...CURRENCIES),
  badgeStyle: fc.constantFrom('percent', 'multiple', 'cost'),
  toolbarShows: fc.constantFrom('gap', 'price', 'cost'),
  badgeKinds: fc.constantFrom('prices', 'prices_and_costs'),
  farPrices: fc.constantFrom('quiet', 'hide'),
  minConfidence: real(0, 1),
  refresh: fc.record({
    priceMinutes: fc.integer({ min: 1, max: 60 }),
    networkMinutes: fc.integer({ min: 10, max: 240 }),
    historyHours: fc.integer({ min: 12, max: 168 }),
  }),
  theme: fc.constantFrom('system', 'light', 'dark'),
  alerts: fc.record({
    crossCost: fc.boolean(),
    band: fc.boolean(),
    level: fc.option(real(1, 100_000_000), { nil: null }),
    adjustment: fc.boolean(),
    hashpriceBelow: fc.option(real(0.01, 10_000), { nil: null }),
    ribbons: fc.boolean(),
  }),
});
