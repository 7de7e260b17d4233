import { COST_MODEL_KEYS, costModelName } from '@/lib/i18n/model-words';
import type { CostModelId } from '@/lib/settings';
import { t } from './i18n';

/** The cost models in the reader's words: the options page's choices, the chart's legend. */
export const costModelNames = (): Array<{ id: CostModelId; label: string; hint: string }> =>
  (Object.keys(COST_MODEL_KEYS) as CostModelId[]).map((id) => ({
    id,
    label: costModelName(id, t),
    hint: t(COST_MODEL_KEYS[id].hint),
  }));

/** The chart's name for the cost of model `id`: "Cost (Energy cost)". */
export const costLineName = (id: CostModelId): string => t('chartCostOf', costModelName(id, t));
