import { describe, expect, it } from 'vitest';
import { NO_ALERTS } from '@/lib/alerts/settings';
import { DEFAULT_SETTINGS, MIGRATIONS, migrate, readSettings, SETTINGS_VERSION } from '@/lib/settings';

describe('migrate', () => {
  it('has a migration for every version below the current one', () => {
    for (let version = 0; version < SETTINGS_VERSION; version++)
      expect(MIGRATIONS[version]).toBeTypeOf('function');
  });

  it('turns v0 `enabled: false` into `paused: true` and drops `enabled`', () => {
    expect(migrate({ enabled: false, theme: 'dark' }, MIGRATIONS, 1)).toEqual({
      paused: true,
      theme: 'dark',
      version: 1,
    });
  });

  it('turns v0 `enabled: true` into `paused: false`, and leaves `paused` alone when `enabled` is missing', () => {
    expect(migrate({ enabled: true }, MIGRATIONS, 1)).toEqual({ paused: false, version: 1 });
    expect(migrate({ version: 0 }, MIGRATIONS, 1)).toEqual({ version: 1 });
    expect(migrate({ version: 0, paused: true }, MIGRATIONS, 1)).toEqual({ paused: true, version: 1 });
  });

  it('treats an object without a numeric version as v0', () => {
    expect(migrate({ version: 'x', enabled: false })).toMatchObject({
      paused: true,
      version: SETTINGS_VERSION,
    });
  });

  it('v1 → v2 adds an empty list of "not a Bitcoin price" corrections and the toolbar default, keeping what is there', () => {
    const added = { notPrices: [], toolbarShows: 'gap', alerts: { ...NO_ALERTS } };
    expect(migrate({ version: 1, paused: true }, MIGRATIONS, 2)).toEqual({
      version: 2,
      paused: true,
      ...added,
    });
    const kept = [{ site: 'a.test', text: '$3,100' }];
    expect(migrate({ version: 1, notPrices: kept }, MIGRATIONS, 2)).toEqual({
      ...added,
      version: 2,
      notPrices: kept,
    });
    // A v0 file goes through every step.
    expect(migrate({ enabled: false })).toEqual({ paused: true, ...added, farPrices: 'quiet', version: 3 });
  });

  it('v2 → v3 badges prices far from spot quietly by default, keeping a stored choice', () => {
    expect(migrate({ version: 2, paused: true })).toEqual({ version: 3, paused: true, farPrices: 'quiet' });
    expect(migrate({ version: 2, farPrices: 'hide' })).toEqual({ version: 3, farPrices: 'hide' });
  });

  it('leaves current and unknown future versions alone', () => {
    const current = { ...DEFAULT_SETTINGS, paused: true };
    expect(migrate(current)).toBe(current);
    const future = { version: 9, paused: 'maybe' };
    expect(migrate(future)).toBe(future);
  });

  it('runs a chain of migrations in order up to the target', () => {
    const chain = {
      0: (o: Record<string, unknown>) => ({ ...o, a: 1, version: 1 }),
      1: (o: Record<string, unknown>) => ({ ...o, b: (o.a as number) + 1, version: 2 }),
    };
    expect(migrate({}, chain, 2)).toEqual({ a: 1, b: 2, version: 2 });
  });

  it('stops at a missing step instead of looping', () => {
    expect(migrate({ version: 0 }, {}, 3)).toEqual({ version: 0 });
  });

  it('is applied by readSettings, so a v0 object keeps its other valid fields', () => {
    const settings = readSettings({ enabled: false, badgeStyle: 'multiple', theme: 'neon' });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, paused: true, badgeStyle: 'multiple' });
  });
});
