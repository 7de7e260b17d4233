/**
 * Cost models, their inputs and where a price sits among miners, in the reader's language: the
 * estimate keeps figures without words (lib/economics), the surfaces word them here.
 */
import type { CostEstimate, ModelInput } from '../economics/cost-estimate';
import type { RangePosition } from '../economics/cost-range';
import { formatMoney, formatNumber } from '../format';
import type { CostModelId } from '../settings';
import type { MessageKey, Translate } from './types';

/** Each model's short name and one-line hint (the options' choices, the chart's legend). */
export const COST_MODEL_KEYS: Record<CostModelId, { name: MessageKey; hint: MessageKey }> = {
  energy: { name: 'modelEnergy', hint: 'modelEnergyHint' },
  regression: { name: 'modelRegression', hint: 'modelRegressionHint' },
  regression2022: { name: 'modelRegression2022', hint: 'modelRegression2022Hint' },
  published: { name: 'modelPublished', hint: 'modelPublishedHint' },
  manual: { name: 'modelManual', hint: 'modelManualHint' },
};

/** The short name of model `id`: "Energy cost". */
export const costModelName = (id: CostModelId, t: Translate): string => t(COST_MODEL_KEYS[id].name);

const INPUT_KEYS: Record<NonNullable<ModelInput['id']>, MessageKey> = {
  efficiency: 'inputEfficiency',
  electricity: 'inputElectricity',
  overhead: 'inputOverhead',
  hashcost: 'inputHashcost',
  difficulty: 'inputDifficulty',
  rewardPerBlock: 'inputRewardPerBlock',
  issuedSupply: 'inputIssuedSupply',
  fit: 'inputFit',
  fitDays: 'inputFitDays',
  fitR2: 'inputFitR2',
  fittedOn: 'inputFittedOn',
  publisher: 'inputPublisher',
  published: 'inputPublished',
  costPerBtc: 'inputCostPerBtc',
};

/** An estimate's label: "Energy cost (28 J/TH, $0.045/kWh, ×1.25)"; a published one keeps its own name. */
export function costLabel(cost: CostEstimate, t: Translate): string {
  const { detail } = cost;
  switch (cost.model) {
    case 'energy':
      return detail ? t('labelEnergy', detail) : cost.label;
    case 'regression':
      return detail ? t('labelRegressionRefit', detail) : t('labelRegression2022');
    case 'regression2022':
      return t('labelRegression2022');
    case 'manual':
      return t('labelManual');
    case 'published':
      return cost.label;
  }
}

/** What the estimate is, and is not: a published figure keeps its publisher's note (in English). */
export function costNote(cost: CostEstimate, t: Translate): string {
  if (cost.model === 'energy') return t('noteEnergy');
  if (cost.model === 'regression') return cost.detail ? t('noteRegressionRefit') : t('noteRegression2022');
  if (cost.model === 'regression2022') return t('noteRegression2022');
  if (cost.model === 'manual') return t('noteManual');
  return cost.note;
}

/** Where the figure comes from: a source's name, or the reader for their own value. */
export const costSource = (cost: CostEstimate, t: Translate): string =>
  cost.model === 'manual' ? t('sourceYou') : cost.source;

/** An input line with its name in the reader's language and its figures in `locale`. */
export function inputLine(input: ModelInput, t: Translate, locale?: string): { name: string; value: string } {
  if (!input.id) return input;
  const amount = Number(input.value.replace(/[^\d.]/g, ''));
  const value =
    input.id === 'issuedSupply'
      ? `${formatNumber(amount, locale)} BTC`
      : input.id === 'costPerBtc'
        ? formatMoney(amount, 'USD', locale)
        : input.value;
  return { name: t(INPUT_KEYS[input.id]), value };
}

/** Where a price sits among miners' break-even prices, in words. */
export const RANGE_KEYS: Record<RangePosition, MessageKey> = {
  belowEfficient: 'rangeBelowEfficient',
  belowAverage: 'rangeBelowAverage',
  belowHighCost: 'rangeBelowHighCost',
  aboveHighCost: 'rangeAboveHighCost',
};
