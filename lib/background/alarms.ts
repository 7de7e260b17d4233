import type { Settings } from '../settings';

// Refresh schedule: one alarm per tier, periods from settings. MV3 service workers
// restart often, and re-creating an alarm resets its timer, so alarms are created only when
// missing or when their period changed.

export const ALARM_PREFIX = 'hashfloor:';

export interface AlarmInfo {
  name: string;
  periodInMinutes?: number;
}
/** The slice of `browser.alarms` the background uses. */
export interface AlarmsApi {
  get(name: string): Promise<AlarmInfo | undefined>;
  create(name: string, info: { periodInMinutes: number; delayInMinutes?: number }): void | Promise<void>;
}

export function alarmPeriods(settings: Settings): Record<string, number> {
  return {
    [`${ALARM_PREFIX}price`]: settings.refresh.priceMinutes,
    [`${ALARM_PREFIX}network`]: settings.refresh.networkMinutes,
    [`${ALARM_PREFIX}history`]: settings.refresh.historyHours * 60,
  };
}

/** Creates the missing or changed alarms; returns the names it (re)created. */
export async function ensureAlarms(alarms: AlarmsApi, settings: Settings): Promise<string[]> {
  const created: string[] = [];
  for (const [name, periodInMinutes] of Object.entries(alarmPeriods(settings))) {
    const existing = await alarms.get(name);
    if (existing?.periodInMinutes === periodInMinutes) continue;
    await alarms.create(name, { periodInMinutes, delayInMinutes: periodInMinutes });
    created.push(name);
  }
  return created;
}

export const isOurAlarm = (name: string): boolean => name.startsWith(ALARM_PREFIX);
