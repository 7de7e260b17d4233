import type { CostModelId } from '@/lib/settings';

/** The cost models in the reader's words: the options page's choices, the chart's legend. */
export const COST_MODEL_NAMES: Array<{ id: CostModelId; label: string; hint: string }> = [
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

/** The short name of model `id`. */
export const costModelName = (id: CostModelId): string =>
  COST_MODEL_NAMES.find((model) => model.id === id)?.label ?? id;
