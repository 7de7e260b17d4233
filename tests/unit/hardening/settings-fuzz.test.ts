import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  createSettingsStore,
  exportSettings,
  importSettings,
  readSettings,
  SettingsSchema,
} from '../../../lib/settings';
import { createFakeBrowser } from '../background/fake-browser';
import { mutateText, mutationArb } from './mutate';
import { settingsArb } from './settings-arb';

// Settings import on fuzzed JSON never throws and either yields schema-valid settings or
// a reason; a rejected import leaves storage alone; readSettings keeps every valid field it can.

const RUNS = { numRuns: 200, seed: 11 };

const texts = fc.oneof(
  fc.json(),
  fc.anything().map((x) => String(JSON.stringify(x))),
  fc.string(),
  fc.tuple(settingsArb, mutationArb).map(([s, m]) => mutateText(exportSettings(s), m)),
);

describe('importSettings on fuzzed JSON', () => {
  it('never throws: ok with schema-valid settings, or a non-empty reason', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const result = importSettings(text);
        if (result.ok) expect(z.safeParse(SettingsSchema, result.settings).success).toBe(true);
        else expect(result.reason.trim()).not.toBe('');
      }),
      RUNS,
    );
  });

  it('a valid export round-trips', () => {
    fc.assert(
      fc.property(
        settingsArb,
        (s) => void expect(importSettings(exportSettings(s))).toEqual({ ok: true, settings: s }),
      ),
      RUNS,
    );
  });

  it('import → save only when ok: a rejected file leaves the stored settings unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(settingsArb, texts, async (before, text) => {
        const { sync, local } = createFakeBrowser();
        const store = createSettingsStore(sync, local);
        await store.save(before);
        const result = importSettings(text);
        if (result.ok) await store.save(result.settings);
        expect(await store.load()).toEqual(result.ok ? result.settings : before);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe('readSettings on anything', () => {
  it('never throws and always returns schema-valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), settingsArb), (raw) => {
        expect(z.safeParse(SettingsSchema, readSettings(raw)).success).toBe(true);
      }),
      RUNS,
    );
  });
});
