import { ENERGY_PRESETS } from '@/lib/economics/published';
import type { MessageKey } from '@/lib/i18n/types';
import type { EnergyInputs as Inputs } from '@/lib/settings';
import { t } from './i18n';
import { NumberField } from './NumberField';

interface EnergyInputsProps {
  inputs: Inputs;
  onChange: (inputs: Inputs) => void;
}

/** The presets' names, by id (lib/economics/published.ts keeps an English label for each). */
const PRESET_NAMES: Record<string, MessageKey> = {
  'network-average': 'presetNetworkAverage',
  'efficient-miner': 'presetEfficientMiner',
  'electricity-only': 'presetElectricityOnly',
  cbeci: 'presetCbeci',
};

const same = (a: Inputs, b: Inputs) =>
  a.efficiencyJPerTh === b.efficiencyJPerTh &&
  a.electricityUsdPerKwh === b.electricityUsdPerKwh &&
  a.overhead === b.overhead;

/** Energy-model inputs (docs/domain.md §3.1) with one-click presets; bounds match the settings schema. */
export function EnergyInputs({ inputs, onChange }: EnergyInputsProps) {
  return (
    <div class="energy">
      <fieldset class="presets">
        <legend class="visually-hidden">{t('presets')}</legend>
        {ENERGY_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            class="chip"
            aria-pressed={same(preset.inputs, inputs)}
            data-testid={`preset-${preset.id}`}
            onClick={() => onChange(preset.inputs)}
          >
            {PRESET_NAMES[preset.id] ? t(PRESET_NAMES[preset.id]!) : preset.label}
          </button>
        ))}
      </fieldset>
      <div class="field-grid">
        <NumberField
          label={t('energyEfficiency')}
          unit="J/TH"
          min={5}
          max={150}
          step={0.5}
          value={inputs.efficiencyJPerTh}
          testId="energy-efficiency"
          onCommit={(efficiencyJPerTh) => onChange({ ...inputs, efficiencyJPerTh })}
        />
        <NumberField
          label={t('energyElectricity')}
          unit="USD/kWh"
          min={0}
          max={1}
          step={0.001}
          value={inputs.electricityUsdPerKwh}
          testId="energy-electricity"
          onCommit={(electricityUsdPerKwh) => onChange({ ...inputs, electricityUsdPerKwh })}
        />
        <NumberField
          label={t('energyOverhead')}
          unit="×"
          min={1}
          max={3}
          step={0.05}
          value={inputs.overhead}
          testId="energy-overhead"
          onCommit={(overhead) => onChange({ ...inputs, overhead })}
        />
      </div>
      <p class="hint">{t('energyHint')}</p>
    </div>
  );
}
