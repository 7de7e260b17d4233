import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { type AlertSettings, anyAlertOn } from '@/lib/alerts/settings';
import type { MessageKey } from '@/lib/i18n/types';
import type { Settings } from '@/lib/settings';
import { t } from './i18n';
import { NumberField } from './NumberField';
import type { UpdateSettings } from './use-settings';

const TOGGLES: Array<{ key: 'crossCost' | 'band' | 'adjustment' | 'ribbons'; label: MessageKey }> = [
  { key: 'crossCost', label: 'alertsCrossCost' },
  { key: 'band', label: 'alertsBand' },
  { key: 'adjustment', label: 'alertsAdjustment' },
  { key: 'ribbons', label: 'alertsRibbons' },
];

/**
 * Options section: opt-in alerts. The notifications permission is asked for only when the first
 * alert is switched on (a click is the user gesture the browser requires); refused, nothing changes.
 */
export function AlertOptions({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const [error, setError] = useState<string | null>(null);
  const alerts = settings.alerts;
  const change = async (patch: Partial<AlertSettings>) => {
    const next = { ...alerts, ...patch };
    if (anyAlertOn(next) && !anyAlertOn(alerts)) {
      const granted = await browser.permissions
        .request({ permissions: ['notifications'] })
        .catch(() => false);
      if (!granted) {
        setError(t('alertsNoPermission'));
        return;
      }
    }
    setError(null);
    await update((s) => ({ ...s, alerts: { ...s.alerts, ...patch } }));
  };
  return (
    <section aria-labelledby="alerts-heading" class="card">
      <h2 id="alerts-heading">{t('alertsHeading')}</h2>
      <p class="hint">{t('alertsHint')}</p>
      {TOGGLES.map(({ key, label }) => (
        <label key={key} class="check">
          <input
            type="checkbox"
            checked={alerts[key]}
            data-testid={`alert-${key}`}
            onChange={(event) => void change({ [key]: (event.currentTarget as HTMLInputElement).checked })}
          />{' '}
          {t(label)}
        </label>
      ))}
      <LevelField
        label={t('alertsLevel')}
        unit="USD"
        value={alerts.level}
        fallback={100_000}
        min={1}
        max={100_000_000}
        testId="alert-level"
        onChange={(level) => void change({ level })}
      />
      <LevelField
        label={t('alertsHashprice')}
        unit={t('unitPerPhDay', '$')}
        value={alerts.hashpriceBelow}
        fallback={35}
        min={0.01}
        max={10_000}
        testId="alert-hashprice"
        onChange={(hashpriceBelow) => void change({ hashpriceBelow })}
      />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

/** A checkbox that turns a level alert on (at its last or a default value), and the level itself. */
function LevelField(props: {
  label: string;
  unit: string;
  value: number | null;
  fallback: number;
  min: number;
  max: number;
  testId: string;
  onChange: (value: number | null) => void;
}) {
  const on = props.value !== null;
  return (
    <div class="level-alert">
      <label class="check">
        <input
          type="checkbox"
          checked={on}
          data-testid={`${props.testId}-on`}
          onChange={(event) =>
            props.onChange((event.currentTarget as HTMLInputElement).checked ? props.fallback : null)
          }
        />{' '}
        {props.label}
      </label>
      {on && (
        <NumberField
          label={t('labelWithUnit', props.label, props.unit)}
          value={props.value ?? props.fallback}
          min={props.min}
          max={props.max}
          step={props.min < 1 ? 0.01 : 1}
          unit={props.unit}
          testId={props.testId}
          onCommit={props.onChange}
        />
      )}
    </div>
  );
}
