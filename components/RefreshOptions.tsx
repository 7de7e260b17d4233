import type { Settings } from '@/lib/settings';
import { t } from './i18n';
import { NumberField } from './NumberField';
import { RadioGroup } from './RadioGroup';
import type { UpdateSettings } from './use-settings';

/** Options section: polling intervals (bounded to what key-less APIs tolerate) and colour theme. */
export function RefreshOptions({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const setRefresh = (patch: Partial<Settings['refresh']>) =>
    update((s) => ({ ...s, refresh: { ...s.refresh, ...patch } }));
  return (
    <section aria-labelledby="refresh-heading" class="card">
      <h2 id="refresh-heading">{t('refreshHeading')}</h2>
      <p class="hint">{t('refreshHint')}</p>
      <div class="field-grid">
        <NumberField
          label={t('refreshPrice')}
          unit={t('unitMinutes')}
          min={1}
          max={60}
          step={1}
          value={settings.refresh.priceMinutes}
          testId="refresh-price"
          onCommit={(priceMinutes) => setRefresh({ priceMinutes })}
        />
        <NumberField
          label={t('refreshNetwork')}
          unit={t('unitMinutes')}
          min={10}
          max={240}
          step={5}
          value={settings.refresh.networkMinutes}
          testId="refresh-network"
          onCommit={(networkMinutes) => setRefresh({ networkMinutes })}
        />
        <NumberField
          label={t('refreshHistory')}
          unit={t('unitHours')}
          min={12}
          max={168}
          step={1}
          value={settings.refresh.historyHours}
          testId="refresh-history"
          onCommit={(historyHours) => setRefresh({ historyHours })}
        />
      </div>
      <RadioGroup
        legend={t('theme')}
        name="theme"
        value={settings.theme}
        options={[
          { value: 'system', label: t('themeSystem') },
          { value: 'light', label: t('themeLight') },
          { value: 'dark', label: t('themeDark') },
        ]}
        onChange={(theme) => update({ theme })}
      />
    </section>
  );
}
