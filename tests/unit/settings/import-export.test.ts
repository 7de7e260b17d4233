import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  exportSettings,
  importSettings,
  SETTINGS_VERSION,
  type Settings,
} from '@/lib/settings';

const custom: Settings = {
  ...DEFAULT_SETTINGS,
  paused: true,
  siteMode: 'allowlist',
  allowedSites: ['news.test'],
  costModel: 'manual',
  manualCostUsd: 90_000,
  displayCurrency: 'CHF',
  badgeStyle: 'multiple',
  theme: 'dark',
};

describe('exportSettings / importSettings', () => {
  it('round-trips any valid settings', () => {
    for (const settings of [DEFAULT_SETTINGS, custom]) {
      expect(importSettings(exportSettings(settings))).toEqual({ ok: true, settings });
    }
  });

  it('writes pretty JSON ending in a newline', () => {
    const text = exportSettings(DEFAULT_SETTINGS);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "paused": false');
  });

  it('migrates an old (v0) export before validating it', () => {
    const { version: _v, paused: _p, ...rest } = custom;
    const result = importSettings(JSON.stringify({ ...rest, enabled: true }));
    expect(result).toEqual({ ok: true, settings: { ...custom, paused: false } });
  });
});

describe('importSettings rejections', () => {
  const reasonOf = (json: string) => {
    const result = importSettings(json);
    expect(result.ok).toBe(false);
    return result.ok ? '' : result.reason;
  };

  it('rejects text that is not JSON', () => {
    expect(reasonOf('{not json')).toMatch(/^Not valid JSON: /);
  });

  it.each(['[]', '"settings"', '42', 'null'])('rejects a non-object (%s)', (json) => {
    expect(reasonOf(json)).toBe('Expected a JSON object of Hashfloor settings.');
  });

  it('names the first invalid field', () => {
    expect(reasonOf(JSON.stringify({ ...DEFAULT_SETTINGS, theme: 'neon' }))).toMatch(
      /^Invalid setting "theme": /,
    );
  });

  it('names a nested invalid field by its path', () => {
    const json = JSON.stringify({ ...DEFAULT_SETTINGS, energy: { ...DEFAULT_SETTINGS.energy, overhead: 9 } });
    expect(reasonOf(json)).toMatch(/^Invalid setting "energy\.overhead": /);
  });

  it('rejects a file with missing fields (strict, unlike readSettings)', () => {
    expect(reasonOf(JSON.stringify({ version: 1, paused: true }))).toMatch(/^Invalid setting "/);
  });

  it('rejects a file from a future version', () => {
    expect(reasonOf(JSON.stringify({ ...DEFAULT_SETTINGS, version: SETTINGS_VERSION + 1 }))).toMatch(
      /^Invalid setting "version": /,
    );
  });
});
