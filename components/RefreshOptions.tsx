import type { Settings } from '@/lib/settings';
import { NumberField } from './NumberField';
import { RadioGroup } from './RadioGroup';
import type { UpdateSettings } from './use-settings';

/** Options section: polling intervals (bounded to what key-less APIs tolerate) and colour theme. */
export function RefreshOptions({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const setRefresh = (patch: Partial<Settings['refresh']>) =>
    update((s) => ({ ...s, refresh: { ...s.refresh, ...patch } }));
  return (
    <section aria-labelledby="refresh-heading" class="card">
      <h2 id="refresh-heading">Refresh and appearance</h2>
      <p class="hint">The data comes from free public APIs; these limits keep Hashfloor a polite client.</p>
      <div class="field-grid">
        <NumberField
          label="Price every"
          unit="min"
          min={1}
          max={60}
          step={1}
          value={settings.refresh.priceMinutes}
          testId="refresh-price"
          onCommit={(priceMinutes) => setRefresh({ priceMinutes })}
        />
        <NumberField
          label="Network stats every"
          unit="min"
          min={10}
          max={240}
          step={5}
          value={settings.refresh.networkMinutes}
          testId="refresh-network"
          onCommit={(networkMinutes) => setRefresh({ networkMinutes })}
        />
        <NumberField
          label="Yearly history every"
          unit="hours"
          min={12}
          max={168}
          step={1}
          value={settings.refresh.historyHours}
          testId="refresh-history"
          onCommit={(historyHours) => setRefresh({ historyHours })}
        />
      </div>
      <RadioGroup
        legend="Theme"
        name="theme"
        value={settings.theme}
        options={[
          { value: 'system', label: 'Follow the system' },
          { value: 'light', label: 'Light' },
          { value: 'dark', label: 'Dark' },
        ]}
        onChange={(theme) => update({ theme })}
      />
    </section>
  );
}
