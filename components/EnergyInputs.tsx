import { ENERGY_PRESETS } from '@/lib/economics/published';
import type { EnergyInputs as Inputs } from '@/lib/settings';
import { NumberField } from './NumberField';

interface EnergyInputsProps {
  inputs: Inputs;
  onChange: (inputs: Inputs) => void;
}

const same = (a: Inputs, b: Inputs) =>
  a.efficiencyJPerTh === b.efficiencyJPerTh &&
  a.electricityUsdPerKwh === b.electricityUsdPerKwh &&
  a.overhead === b.overhead;

/** Energy-model inputs (docs/domain.md §3.1) with one-click presets; bounds match the settings schema. */
export function EnergyInputs({ inputs, onChange }: EnergyInputsProps) {
  return (
    <div class="energy">
      <fieldset class="presets">
        <legend class="visually-hidden">Presets</legend>
        {ENERGY_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            class="chip"
            aria-pressed={same(preset.inputs, inputs)}
            data-testid={`preset-${preset.id}`}
            onClick={() => onChange(preset.inputs)}
          >
            {preset.label}
          </button>
        ))}
      </fieldset>
      <div class="field-grid">
        <NumberField
          label="Miner efficiency"
          unit="J/TH"
          min={5}
          max={150}
          step={0.5}
          value={inputs.efficiencyJPerTh}
          testId="energy-efficiency"
          onCommit={(efficiencyJPerTh) => onChange({ ...inputs, efficiencyJPerTh })}
        />
        <NumberField
          label="Electricity price"
          unit="USD/kWh"
          min={0}
          max={1}
          step={0.001}
          value={inputs.electricityUsdPerKwh}
          testId="energy-electricity"
          onCommit={(electricityUsdPerKwh) => onChange({ ...inputs, electricityUsdPerKwh })}
        />
        <NumberField
          label="Overhead multiplier"
          unit="×"
          min={1}
          max={3}
          step={0.05}
          value={inputs.overhead}
          testId="energy-overhead"
          onCommit={(overhead) => onChange({ ...inputs, overhead })}
        />
      </div>
      <p class="hint">
        Overhead covers non-energy operating costs: energy is about 80 % of a miner's cash costs, hence ×1.25.
        Excludes hardware depreciation and financing.
      </p>
    </div>
  );
}
