import { PUBLISHED_ESTIMATES } from '@/lib/economics/published';
import { formatMoney } from '@/lib/format';
import type { CostModelId, Settings } from '@/lib/settings';
import { EnergyInputs } from './EnergyInputs';
import { LiveCost } from './LiveCost';
import type { ChainInputs } from './live-cost';
import { NumberField } from './NumberField';
import type { UpdateSettings } from './use-settings';

const MODELS: Array<{ id: CostModelId; label: string; hint: string }> = [
  { id: 'energy', label: 'Energy cost', hint: 'Bottom-up: miner efficiency × electricity price × overhead.' },
  {
    id: 'regression',
    label: 'Difficulty Regression',
    hint: "Market cap on difficulty, refit on the year since the 2024 halving (Checkonchain's method).",
  },
  {
    id: 'regression2022',
    label: 'Difficulty Regression, 2022 coefficients',
    hint: "Checkonchain's published 2022 fit; about half their current headline values.",
  },
  { id: 'published', label: 'Published estimate', hint: 'A dated figure from an analyst; flagged when old.' },
  { id: 'manual', label: 'My own value', hint: 'A cost per coin you enter yourself.' },
];

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
      <h2 id="model-heading">Cost model</h2>
      <fieldset class="radio-list">
        <legend class="visually-hidden">Cost model</legend>
        {MODELS.map((model) => (
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
          <label for="published-id">Estimate</label>
          <select
            id="published-id"
            value={settings.publishedId}
            data-testid="published-id"
            onChange={(event) => update({ publishedId: (event.currentTarget as HTMLSelectElement).value })}
          >
            {PUBLISHED_ESTIMATES.map((estimate) => (
              <option key={estimate.id} value={estimate.id}>
                {estimate.name}: {formatMoney(estimate.costUsd)} ({estimate.date})
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
          label="Cost to mine one BTC"
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
