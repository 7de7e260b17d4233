import { PUBLISHED_ESTIMATES } from '@/lib/economics/published';
import { formatMoney } from '@/lib/format';
import type { Settings } from '@/lib/settings';
import type { ChainInputs } from './cost-from-settings';
import { costModelNames } from './cost-model-names';
import { EnergyInputs } from './EnergyInputs';
import { t, uiLocale } from './i18n';
import { LiveCost } from './LiveCost';
import { NumberField } from './NumberField';
import type { UpdateSettings } from './use-settings';

interface ModelPickerProps {
  settings: Settings;
  update: UpdateSettings;
  chain: ChainInputs | null;
}

/** Options section: which cost model, its inputs, and the resulting cost as you type. */
export function ModelPicker({ settings, update, chain }: ModelPickerProps) {
  const published = PUBLISHED_ESTIMATES.find((estimate) => estimate.id === settings.publishedId);
  return (
    <section aria-labelledby="model-heading" class="card">
      <h2 id="model-heading">{t('modelHeading')}</h2>
      <fieldset class="radio-list">
        <legend class="visually-hidden">{t('modelHeading')}</legend>
        {costModelNames().map((model) => (
          <label key={model.id} class="radio">
            <input
              type="radio"
              name="cost-model"
              value={model.id}
              checked={settings.costModel === model.id}
              data-testid={`model-${model.id}`}
              onChange={() => update({ costModel: model.id })}
            />
            <span>
              <strong>{model.label}</strong> <span class="hint">{model.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>

      {settings.costModel === 'energy' && (
        <EnergyInputs inputs={settings.energy} onChange={(energy) => update({ energy })} />
      )}
      {settings.costModel === 'published' && (
        <div class="field">
          <label for="published-id">{t('publishedEstimate')}</label>
          <select
            id="published-id"
            value={settings.publishedId}
            data-testid="published-id"
            onChange={(event) => update({ publishedId: (event.currentTarget as HTMLSelectElement).value })}
          >
            {PUBLISHED_ESTIMATES.map((estimate) => (
              <option key={estimate.id} value={estimate.id}>
                {t(
                  'publishedOption',
                  estimate.name,
                  formatMoney(estimate.costUsd, 'USD', uiLocale()),
                  estimate.date,
                )}
              </option>
            ))}
          </select>
          {published && (
            <p class="hint">
              {published.note}{' '}
              <a href={published.url} target="_blank" rel="noreferrer">
                {published.publisher}
              </a>
            </p>
          )}
        </div>
      )}
      {settings.costModel === 'manual' && (
        <NumberField
          label={t('manualCost')}
          unit="USD"
          min={1000}
          max={10_000_000}
          step={100}
          value={settings.manualCostUsd}
          testId="manual-cost"
          onCommit={(manualCostUsd) => update({ manualCostUsd })}
        />
      )}
      <LiveCost settings={settings} chain={chain} />
    </section>
  );
}
