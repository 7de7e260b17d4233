import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { COST_MODELS, CURRENCIES, DEFAULT_SETTINGS, SETTINGS_VERSION, SettingsSchema } from '@/lib/settings';

const valid = (patch: Record<string, unknown>) =>
  z.safeParse(SettingsSchema, { ...DEFAULT_SETTINGS, ...patch });

describe('SettingsSchema', () => {
  it('accepts the defaults, which carry the current version', () => {
    expect(z.safeParse(SettingsSchema, DEFAULT_SETTINGS).success).toBe(true);
    expect(DEFAULT_SETTINGS.version).toBe(SETTINGS_VERSION);
  });

  it('defaults to the energy model with the Cambridge 2025 inputs (docs/domain.md §3.1)', () => {
    expect(DEFAULT_SETTINGS.costModel).toBe('energy');
    expect(DEFAULT_SETTINGS.energy).toEqual({
      efficiencyJPerTh: 28,
      electricityUsdPerKwh: 0.045,
      overhead: 1.25,
    });
  });

  it('lists the seven display currencies and four cost models', () => {
    expect(CURRENCIES).toEqual(['USD', 'EUR', 'GBP', 'CAD', 'CHF', 'AUD', 'JPY']);
    expect(COST_MODELS).toEqual(['energy', 'regression', 'regression2022', 'published', 'manual']);
    for (const displayCurrency of CURRENCIES) expect(valid({ displayCurrency }).success).toBe(true);
  });

  it.each([
    ['an unknown currency', { displayCurrency: 'BTC' }],
    ['an unknown cost model', { costModel: 'vibes' }],
    ['an unknown badge style', { badgeStyle: 'emoji' }],
    ['an unknown theme', { theme: 'sepia' }],
    ['a future version', { version: SETTINGS_VERSION + 1 }],
    ['a confidence above 1', { minConfidence: 1.5 }],
    ['a manual cost below $1,000', { manualCostUsd: 5 }],
    ['an empty host in the off list', { disabledSites: [''] }],
    ['a non-boolean pause', { paused: 'yes' }],
  ])('rejects %s', (_label, patch) => {
    expect(valid(patch).success).toBe(false);
  });

  it('keeps refresh intervals within polite limits (docs/domain.md §6)', () => {
    expect(valid({ refresh: { ...DEFAULT_SETTINGS.refresh, priceMinutes: 0.5 } }).success).toBe(false);
    expect(valid({ refresh: { ...DEFAULT_SETTINGS.refresh, networkMinutes: 5 } }).success).toBe(false);
    expect(valid({ refresh: { ...DEFAULT_SETTINGS.refresh, historyHours: 6 } }).success).toBe(false);
    expect(valid({ refresh: { priceMinutes: 1, networkMinutes: 10, historyHours: 12 } }).success).toBe(true);
  });

  it('bounds the energy inputs', () => {
    const energy = (patch: Record<string, number>) =>
      valid({ energy: { ...DEFAULT_SETTINGS.energy, ...patch } });
    expect(energy({ efficiencyJPerTh: 2 }).success).toBe(false);
    expect(energy({ electricityUsdPerKwh: -0.01 }).success).toBe(false);
    expect(energy({ overhead: 0.9 }).success).toBe(false);
    expect(energy({ efficiencyJPerTh: 18, electricityUsdPerKwh: 0.04, overhead: 1.2 }).success).toBe(true);
  });
});
