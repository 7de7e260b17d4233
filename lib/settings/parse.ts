import * as z from 'zod/mini';
import { migrate } from './migrations';
import { DEFAULT_SETTINGS, type Settings, SettingsSchema } from './schema';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keeps each valid field of `raw`, falling back to `defaults` field by field (nested objects included). */
function mergeValid<T extends Record<string, unknown>>(
  defaults: T,
  raw: unknown,
  schema: z.ZodMiniObject,
): T {
  if (!isRecord(raw)) return defaults;
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, fieldSchema] of Object.entries(schema.shape) as [string, z.ZodMiniType][]) {
    const value = raw[key];
    if (value === undefined) continue;
    const fallback = defaults[key];
    if (fieldSchema instanceof z.ZodMiniObject && isRecord(fallback)) {
      out[key] = mergeValid(fallback, value, fieldSchema);
    } else if (z.safeParse(fieldSchema, value).success) {
      out[key] = value;
    }
  }
  return out as T;
}

/**
 * Reads stored settings leniently: migrates old versions, keeps every valid field, and uses the
 * default for each missing or corrupt one. Never throws.
 * @example readSettings({ paused: true, theme: 42 }) // → defaults with paused: true
 */
export function readSettings(stored: unknown): Settings {
  const migrated = isRecord(stored) ? migrate(stored) : {};
  const merged = mergeValid(DEFAULT_SETTINGS, migrated, SettingsSchema);
  return { ...merged, version: DEFAULT_SETTINGS.version };
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; reason: string };

/**
 * Parses an exported settings file strictly: any invalid field rejects the whole file with a reason.
 * @example importSettings('{"version":1,…}') // → { ok: true, settings }
 */
export function importSettings(json: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, reason: `Not valid JSON: ${(error as Error).message}` };
  }
  if (!isRecord(data)) return { ok: false, reason: 'Expected a JSON object of Hashfloor settings.' };
  const parsed = z.safeParse(SettingsSchema, migrate(data));
  if (parsed.success) return { ok: true, settings: parsed.data };
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? issue.path.join('.') : 'file';
  return { ok: false, reason: `Invalid setting "${where}": ${issue?.message ?? 'unknown problem'}` };
}

export const exportSettings = (settings: Settings): string => `${JSON.stringify(settings, null, 2)}\n`;
