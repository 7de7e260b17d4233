import * as z from 'zod/mini';
import { NO_ALERTS } from '../alerts/settings';
import { MAX_NOT_PRICES } from './not-prices';

/** Fiat currencies the snapshot carries a BTC price in (docs/domain.md §6, mempool /api/v1/prices). */
export const CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'CHF', 'AUD', 'JPY'] as const;
export const CurrencySchema = z.enum(CURRENCIES);
export type Currency = z.infer<typeof CurrencySchema>;

export const COST_MODELS = ['energy', 'regression', 'regression2022', 'published', 'manual'] as const;
export type CostModelId = (typeof COST_MODELS)[number];

export const SETTINGS_VERSION = 3;

const bounded = (min: number, max: number) => z.number().check(z.gte(min), z.lte(max));
const hostList = z.array(z.string().check(z.minLength(1), z.maxLength(253))).check(z.maxLength(2000));

/** Energy-model inputs; defaults from docs/domain.md §3.1 (Cambridge 2025: 28 J/TH, $45/MWh, energy ≈ 80 % of opex). */
export const EnergyInputsSchema = z.object({
  efficiencyJPerTh: bounded(5, 150),
  electricityUsdPerKwh: bounded(0, 1),
  overhead: bounded(1, 3),
});
export type EnergyInputs = z.infer<typeof EnergyInputsSchema>;

/** A reader's correction: on `site`, the amount written `text` is not a Bitcoin price. */
export const NotPriceSchema = z.object({
  site: z.string().check(z.minLength(1), z.maxLength(253)),
  text: z.string().check(z.minLength(1), z.maxLength(80)),
});
export type NotPrice = z.infer<typeof NotPriceSchema>;

/** The strict shape: what an import must satisfy and what is stored. */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  paused: z.boolean(),
  siteMode: z.enum(['all', 'allowlist']),
  disabledSites: hostList,
  allowedSites: hostList,
  notPrices: z.array(NotPriceSchema).check(z.maxLength(MAX_NOT_PRICES)),
  costModel: z.enum(COST_MODELS),
  energy: EnergyInputsSchema,
  publishedId: z.string().check(z.minLength(1), z.maxLength(64)),
  manualCostUsd: bounded(1000, 10_000_000),
  displayCurrency: CurrencySchema,
  badgeStyle: z.enum(['percent', 'multiple', 'cost']),
  /** What the toolbar icon's badge text shows: the gap (percent), the price or the cost, in thousands. */
  toolbarShows: z.enum(['gap', 'price', 'cost']),
  badgeKinds: z.enum(['prices', 'prices_and_costs']),
  /**
   * Prices far from today's spot (a past peak, a forecast), compared with today's cost: a quieter
   * badge that says so, or none (lib/overlay/far-from-spot.ts).
   */
  farPrices: z.enum(['quiet', 'hide']),
  minConfidence: bounded(0, 1),
  refresh: z.object({
    // Polite limits for key-less APIs (docs/domain.md §6): prices 1–5 min, network stats 10–30 min.
    priceMinutes: bounded(1, 60),
    networkMinutes: bounded(10, 240),
    historyHours: bounded(12, 168),
  }),
  theme: z.enum(['system', 'light', 'dark']),
  /** Opt-in notifications (lib/alerts): all off until the reader turns one on. */
  alerts: z.object({
    crossCost: z.boolean(),
    band: z.boolean(),
    level: z.nullable(bounded(1, 100_000_000)),
    adjustment: z.boolean(),
    hashpriceBelow: z.nullable(bounded(0.01, 10_000)),
    ribbons: z.boolean(),
  }),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  paused: false,
  siteMode: 'all',
  disabledSites: [],
  allowedSites: [],
  notPrices: [],
  costModel: 'energy',
  energy: { efficiencyJPerTh: 28, electricityUsdPerKwh: 0.045, overhead: 1.25 },
  publishedId: 'checkonchain-2026-02',
  manualCostUsd: 85_000,
  displayCurrency: 'USD',
  badgeStyle: 'percent',
  toolbarShows: 'gap',
  badgeKinds: 'prices_and_costs',
  farPrices: 'quiet',
  minConfidence: 0.6,
  refresh: { priceMinutes: 2, networkMinutes: 15, historyHours: 24 },
  theme: 'system',
  alerts: { ...NO_ALERTS },
};
