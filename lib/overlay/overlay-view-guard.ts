/** Plain typed guards for the badge view-model a page reads from storage (no zod on pages). */
import type { BadgeData } from './badge-data';

type Fields = Record<string, unknown>;
export const isObject = (x: unknown): x is Fields => typeof x === 'object' && x !== null && !Array.isArray(x);
export const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isPositive = (x: unknown): x is number => isNumber(x) && x > 0;
const isString = (x: unknown): x is string => typeof x === 'string';
const oneOf =
  <T extends string>(...values: T[]) =>
  (x: unknown): x is T =>
    values.includes(x as T);

const isRates = (x: unknown): x is Record<string, number> =>
  isObject(x) && Object.values(x).every(isPositive);
const isInputs = (x: unknown): x is BadgeData['inputs'] =>
  Array.isArray(x) && x.every((i) => isObject(i) && isString(i.name) && isString(i.value));
const isAdjustment = (x: unknown): x is BadgeData['adjustment'] =>
  x === null ||
  (isObject(x) && isNumber(x.changePercent) && isNumber(x.retargetAt) && isNumber(x.remainingBlocks));

const isNumberStyle = (x: unknown): boolean =>
  isObject(x) &&
  isString(x.digits) &&
  x.digits.length >= 10 &&
  isString(x.decimal) &&
  isString(x.group) &&
  (x.groupFrom === 4 || x.groupFrom === 5) &&
  isObject(x.percent) &&
  ['negative', 'positive', 'plain'].every((k) => {
    const pattern = (x.percent as Fields)[k];
    return isString(pattern) && pattern.includes('{n}');
  });

const BADGE_DATA: Record<keyof BadgeData, (x: unknown) => boolean> = {
  costUsd: isPositive,
  modelLabel: isString,
  modelNote: isString,
  inputs: isInputs,
  spotUsd: isPositive,
  usdPer: isRates,
  hashpriceUsdPerPhDay: isNumber,
  adjustment: isAdjustment,
  computedAt: isNumber,
  stale: (x) => typeof x === 'boolean',
  style: oneOf('percent', 'multiple', 'cost'),
  kinds: oneOf('prices', 'prices_and_costs'),
  farPrices: oneOf('quiet', 'hide'),
  minConfidence: (x) => isNumber(x) && x >= 0 && x <= 1,
  currency: isString,
  currencyUsd: isPositive,
  theme: oneOf('system', 'light', 'dark'),
  costText: isString,
  costCompact: isString,
  spotText: isString,
  numbers: isNumberStyle,
  range: (x) =>
    x === null ||
    (isObject(x) && isPositive(x.efficientUsd) && isPositive(x.averageUsd) && isPositive(x.highCostUsd)),
};

/** True when every field of the badge view-model is present with its type. */
export function isBadgeData(x: unknown): x is BadgeData {
  return isObject(x) && Object.entries(BADGE_DATA).every(([key, check]) => check(x[key]));
}
