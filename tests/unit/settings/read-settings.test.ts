import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '@/lib/settings';

describe('readSettings', () => {
  it.each([undefined, null, 42, 'settings', [], [1, 2]])('falls back to the defaults for %j', (stored) => {
    expect(readSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns valid stored settings unchanged', () => {
    const stored = { ...DEFAULT_SETTINGS, paused: true, badgeStyle: 'multiple', disabledSites: ['a.test'] };
    expect(readSettings(stored)).toEqual(stored);
  });

  it('replaces each corrupt field with its default and keeps the valid ones', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      paused: true,
      theme: 42,
      displayCurrency: 'EUR',
      badgeStyle: 'emoji',
    };
    expect(readSettings(stored)).toEqual({ ...DEFAULT_SETTINGS, paused: true, displayCurrency: 'EUR' });
  });

  it('falls back field by field inside nested objects', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      energy: { efficiencyJPerTh: 18, electricityUsdPerKwh: 'cheap', overhead: 99 },
      refresh: { priceMinutes: 5, networkMinutes: 1 },
    };
    const settings = readSettings(stored);
    expect(settings.energy).toEqual({ ...DEFAULT_SETTINGS.energy, efficiencyJPerTh: 18 });
    expect(settings.refresh).toEqual({ ...DEFAULT_SETTINGS.refresh, priceMinutes: 5 });
  });

  it('replaces a nested object stored as a scalar with its defaults', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, energy: 'lots' }).energy).toEqual(DEFAULT_SETTINGS.energy);
  });

  it('fills in missing fields from the defaults', () => {
    expect(readSettings({ version: 1, badgeStyle: 'cost' })).toEqual({
      ...DEFAULT_SETTINGS,
      badgeStyle: 'cost',
    });
  });

  it('drops unknown keys', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, sneaky: true })).not.toHaveProperty('sneaky');
  });

  it('rejects a whole list when one host in it is invalid, keeping the other fields', () => {
    const settings = readSettings({ ...DEFAULT_SETTINGS, disabledSites: ['ok.test', ''], paused: true });
    expect(settings.disabledSites).toEqual([]);
    expect(settings.paused).toBe(true);
  });

  it('always stamps the current version', () => {
    expect(readSettings({ version: 'one', paused: true }).version).toBe(DEFAULT_SETTINGS.version);
  });
});
