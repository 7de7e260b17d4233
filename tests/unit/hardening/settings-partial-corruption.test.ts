import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  DEFAULT_SETTINGS,
  importSettings,
  readSettings,
  type Settings,
  SettingsSchema,
} from '../../../lib/settings';
import { settingsArb } from './settings-arb';

// readSettings is lenient field by field. For a valid settings object with one field
// corrupted (wrong type, out of range, dropped), that field falls back to its default and every
// other field survives, nested ones (energy.*, refresh.*) included.

type Raw = Record<string, unknown>;
const NESTED = ['energy', 'refresh'] as const;
const FIELDS = Object.keys(DEFAULT_SETTINGS).flatMap((key) =>
  (NESTED as readonly string[]).includes(key)
    ? Object.keys(DEFAULT_SETTINGS[key as (typeof NESTED)[number]]).map((sub) => [key, sub])
    : [[key]],
);

const get = (obj: unknown, path: string[]): unknown => path.reduce((o, k) => (o as Raw)?.[k], obj);
function set(obj: Raw, path: string[], value: unknown): Raw {
  const [head, ...rest] = path as [string, ...string[]];
  return { ...obj, [head]: rest.length ? set(obj[head] as Raw, rest, value) : value };
}

const garbage = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(null, '', 'dark mode', -1, 1e9, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}),
  fc.string(),
  fc.double(),
  fc.anything(),
);

describe('readSettings with one corrupted field', () => {
  const nonVersion = FIELDS.filter(([key]) => key !== 'version');

  it('the corrupted field falls back to its default; every other field survives', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...nonVersion), garbage, (settings, path, bad) => {
        const corrupted = set(settings as unknown as Raw, path, bad);
        fc.pre(!z.safeParse(SettingsSchema, corrupted).success);
        const expected = set(settings as unknown as Raw, path, get(DEFAULT_SETTINGS, path));
        expect(readSettings(corrupted)).toEqual(expected);
      }),
      { numRuns: 300, seed: 5 },
    );
  });

  it('a whole nested object replaced by garbage falls back to its defaults only', () => {
    fc.assert(
      fc.property(settingsArb, fc.constantFrom(...NESTED), garbage, (settings, key, bad) => {
        fc.pre(!z.safeParse(SettingsSchema, { ...settings, [key]: bad }).success);
        const read = readSettings({ ...settings, [key]: bad });
        expect(read).toEqual({ ...settings, [key]: { ...DEFAULT_SETTINGS[key], ...pickValid(bad, key) } });
      }),
      { numRuns: 200, seed: 6 },
    );
  });

  // Bug E: lib/settings/migrations.ts:9 — a stored or imported object whose `version` is corrupt (e.g.
  // "1", null, dropped) is treated as version 0, and migration 0 sets `paused: enabled === false`,
  // overwriting a valid `paused: true` with false: a user who paused Hashfloor is silently unpaused.
  it('bug E (fixed): a corrupt `version` keeps every other field', () => {
    const paused: Settings = { ...DEFAULT_SETTINGS, paused: true };
    for (const version of ['1', null, undefined, 1.5]) {
      expect(readSettings({ ...paused, version })).toEqual(paused);
    }
  });

  it('bug E (import, fixed): a file with `version: "1"` never resets `paused`', () => {
    const result = importSettings(JSON.stringify({ ...DEFAULT_SETTINGS, paused: true, version: '1' }));
    expect(result.ok ? result.settings.paused : 'rejected').not.toBe(false);
  });
});

/** The valid sub-fields of a garbage value that happens to be an object (readSettings keeps them). */
function pickValid(bad: unknown, key: (typeof NESTED)[number]): Raw {
  if (typeof bad !== 'object' || bad === null || Array.isArray(bad)) return {};
  const shape = (SettingsSchema.shape[key] as z.ZodMiniObject).shape as Record<string, z.ZodMiniType>;
  return Object.fromEntries(
    Object.entries(bad).filter(
      ([k, v]) => k in shape && v !== undefined && z.safeParse(shape[k]!, v).success,
    ),
  );
}
