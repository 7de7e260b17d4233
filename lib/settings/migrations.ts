import { NO_ALERTS } from '../alerts/settings';
import { SETTINGS_VERSION } from './schema';

type Raw = Record<string, unknown>;
/** `MIGRATIONS[n]` turns a stored version-n object into version n+1. Add one per schema change. */
export type Migrations = Record<number, (old: Raw) => Raw>;

export const MIGRATIONS: Migrations = {
  // v0: builds before settings were versioned stored `enabled` instead of `paused`. Only a present
  // `enabled` may decide `paused`: a missing one must not un-pause anyone (tests/unit/hardening, bug E).
  0: ({ enabled, ...rest }) => ({
    ...rest,
    ...(typeof enabled === 'boolean' ? { paused: !enabled } : {}),
    version: 1,
  }),
  // v1 → v2: the reader's "not a Bitcoin price" corrections (none yet), what the toolbar shows, alerts (off).
  1: (old) => ({ notPrices: [], toolbarShows: 'gap', alerts: { ...NO_ALERTS }, ...old, version: 2 }),
  2: (old) => ({ farPrices: 'quiet', ...old, version: 3 }),
};

/**
 * Runs every migration from the stored version up to the current one; unknown future versions are left
 * as is. A missing or unreadable version counts as v0, so each migration must leave alone the fields it
 * does not find (a corrupt version must not reset anything).
 */
export function migrate(raw: Raw, migrations: Migrations = MIGRATIONS, target = SETTINGS_VERSION): Raw {
  let current = raw;
  let version = Number.isInteger(raw.version) ? (raw.version as number) : 0;
  while (version < target) {
    const step = migrations[version];
    if (!step) break;
    current = step(current);
    version += 1;
  }
  return current;
}
