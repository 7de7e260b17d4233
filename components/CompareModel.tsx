import type { CostModelId } from '@/lib/settings';
import { costModelNames } from './cost-model-names';
import { t } from './i18n';

interface CompareModelProps {
  /** The chosen model, which the chart already draws. */
  current: CostModelId;
  value: CostModelId | null;
  onChange: (id: CostModelId | null) => void;
}

/** Picks another cost model to draw on the chart beside the chosen one (popup only; not a setting). */
export function CompareModel({ current, value, onChange }: CompareModelProps) {
  return (
    <div class="field compare-model">
      <label for="compare-model">{t('compareWith')}</label>
      <select
        id="compare-model"
        data-testid="compare-model"
        value={value ?? ''}
        onChange={(event) =>
          onChange(((event.currentTarget as HTMLSelectElement).value || null) as CostModelId | null)
        }
      >
        <option value="">{t('compareNone')}</option>
        {costModelNames()
          .filter((model) => model.id !== current)
          .map((model) => (
            <option key={model.id} value={model.id}>
              {model.label}
            </option>
          ))}
      </select>
    </div>
  );
}
