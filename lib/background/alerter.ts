/**
 * Runs the reader's alerts (lib/alerts) after each refresh that fetched: loads their settings and the
 * stored alert state, evaluates, stores the state before notifying (a restart never repeats one).
 */
import * as z from 'zod/mini';
import { type AlertNote, type AlertState, evaluateAlerts } from '../alerts/evaluate';
import { anyAlertOn } from '../alerts/settings';
import type { UiWords } from '../i18n/types';
import type { Settings } from '../settings';
import type { Snapshot } from '../snapshot/schema';
import type { StorageArea } from './state';

export const ALERT_STATE_KEY = 'alertState';

const side = z.optional(z.enum(['below', 'above']));
const AlertStateSchema = z.object({
  costSide: side,
  band: z.optional(z.enum(['below', 'near', 'above'])),
  levelSide: side,
  hashpriceSide: side,
  difficulty: z.optional(z.number()),
  ribbons: z.optional(z.string()),
  lastFired: z.record(z.string(), z.number()),
});

export interface AlerterDeps {
  local: StorageArea;
  loadSettings: () => Promise<Settings>;
  notify: (note: AlertNote) => void | Promise<void>;
  now: () => number;
  /** The notifications' words and number style (the UI language). */
  words: UiWords;
}

/** @example const alert = createAlerter({ local, loadSettings, notify, now }); await alert(snapshot); */
export function createAlerter(deps: AlerterDeps) {
  return async (snapshot: Snapshot | null): Promise<void> => {
    if (!snapshot) return;
    const { alerts } = await deps.loadSettings();
    if (!anyAlertOn(alerts)) return;
    const stored = z.safeParse(AlertStateSchema, (await deps.local.get(ALERT_STATE_KEY))[ALERT_STATE_KEY]);
    const previous: AlertState = stored.success ? stored.data : { lastFired: {} };
    const { state, notes } = evaluateAlerts(alerts, previous, snapshot, deps.now(), deps.words);
    await deps.local.set({ [ALERT_STATE_KEY]: state });
    for (const note of notes) await deps.notify(note);
  };
}
