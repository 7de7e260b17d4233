/**
 * The view-model every badge on a page shares: the selected cost model and its context from the
 * snapshot, plus the badge choices from settings. Each badge then only needs its own price.
 */
import { type Band, bandOf } from '../economics/band';
import type { CostRange } from '../economics/cost-range';
import { formatCompactMoney, formatEstimate, formatMoney } from '../format';
import { costLabel, costNote, inputLine } from '../i18n/model-words';
import type { Translate } from '../i18n/types';
import type { Settings } from '../settings';
import type { Snapshot } from '../snapshot/schema';
import { type NumberStyle, numberStyleOf } from './number-style';

export interface BadgeData {
  costUsd: number;
  modelLabel: string;
  modelNote: string;
  inputs: Array<{ name: string; value: string }>;
  /** Spot price and USD per unit of each fiat currency, handed to the detector. */
  spotUsd: number;
  usdPer: Record<string, number>;
  hashpriceUsdPerPhDay: number;
  adjustment: { changePercent: number; retargetAt: number; remainingBlocks: number } | null;
  /** When the numbers were computed (ms), for "data age". */
  computedAt: number;
  stale: boolean;
  style: Settings['badgeStyle'];
  kinds: Settings['badgeKinds'];
  farPrices: Settings['farPrices'];
  minConfidence: number;
  /** Currency the badge and card quote the cost in, with its USD value per unit. */
  currency: string;
  currencyUsd: number;
  theme: Settings['theme'];
  /** The cost as the sentence and the pill write it ("$84,800", "$84.8k"), in the reader's locale. */
  costText: string;
  costCompact: string;
  /** Today's spot price as the card and descriptions write it ("$70,120"). */
  spotText: string;
  /** How the reader's locale writes percents and multiples: the page formats with it, not Intl. */
  numbers: NumberStyle;
  /** Break-even prices of an efficient miner, the network average and a high-cost miner, when known. */
  range: CostRange | null;
}

/**
 * Builds the shared badge view-model, or null when there is no snapshot to compare with. Runs in the
 * background, which formats with Intl for `locale` (the reader's, as pages see it) and words the
 * model with `t` (the UI language).
 */
export function badgeDataFromSnapshot(
  snapshot: Snapshot | null,
  settings: Settings,
  t: Translate,
  locale?: string,
): BadgeData | null {
  if (!snapshot || !(snapshot.cost.costUsd > 0)) return null;
  // The seven display currencies' own rates win over the daily page rates.
  const usdPer: Record<string, number> = { ...snapshot.pageRates, ...snapshot.price.usdPer };
  usdPer.USD = 1;
  const currencyUsd = usdPer[settings.displayCurrency];
  // Without a rate for the chosen currency the badge falls back to USD rather than guess.
  const currency = currencyUsd ? settings.displayCurrency : 'USD';
  const cost = snapshot.cost.costUsd / (currencyUsd ?? 1);
  return {
    costUsd: snapshot.cost.costUsd,
    modelLabel: costLabel(snapshot.cost, t),
    modelNote: costNote(snapshot.cost, t),
    inputs: snapshot.cost.inputs.map((input) => inputLine(input, t, locale)),
    spotUsd: snapshot.price.usd,
    usdPer,
    hashpriceUsdPerPhDay: snapshot.hashprice.usdPerPhDay,
    adjustment: snapshot.adjustment,
    computedAt: snapshot.computedAt,
    stale: snapshot.health.stale || snapshot.cost.stale,
    style: settings.badgeStyle,
    kinds: settings.badgeKinds,
    farPrices: settings.farPrices,
    minConfidence: settings.minConfidence,
    currency,
    currencyUsd: currencyUsd ?? 1,
    theme: settings.theme,
    costText: formatEstimate(cost, currency, locale),
    costCompact: formatCompactMoney(cost, currency, locale),
    spotText: formatMoney(snapshot.price.usd / (currencyUsd ?? 1), currency, locale),
    numbers: numberStyleOf(locale),
    range: snapshot.costRange ?? null,
  };
}

export interface Gap {
  /** price / cost − 1 (never cost / price − 1). */
  gap: number;
  multiple: number;
  band: Band;
}

/** How a USD amount compares with the model cost. */
export function gapOf(usd: number, data: BadgeData): Gap {
  const multiple = usd / data.costUsd;
  return { gap: multiple - 1, multiple, band: bandOf(multiple) };
}
