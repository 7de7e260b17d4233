/**
 * The words on and behind a badge, in the UI language (`t`, the browser's i18n API on pages). Which
 * side of cost a price is on is said in words ("17% below cost"), never by colour alone, with the
 * popup's vocabulary (below / above / at cost); the sentence says it is an estimate, not a price floor
 * (docs/domain.md §4). A bare "▼ −17%" read as a price drop beside an exchange's own "▼ 2.1%", and "≈"
 * as "approximately". Numbers follow the page's own style (number-style.ts).
 */
import { isAtCost } from '../format';
import type { Translate } from '../i18n/types';
import type { BadgeData, Gap } from './badge-data';
import { multipleText, percentText } from './number-style';

export type BadgeKind = 'btc_price' | 'btc_cost';

/** Which side of cost, in words: "17% below cost", "42% above cost", "at cost". */
export function sideOfCost(gap: number, data: BadgeData, t: Translate): string {
  if (isAtCost(gap)) return t('badgeAtCost');
  const percent = percentText(Math.abs(gap), data.numbers);
  return gap < 0 ? t('badgeBelowCost', percent) : t('badgeAboveCost', percent);
}

/** The compact text inside the pill. */
export function pillText(kind: BadgeKind, gap: Gap, data: BadgeData, t: Translate): string {
  const cost = data.costCompact;
  if (kind === 'btc_cost') return t('badgeModelCost', cost);
  if (data.style === 'multiple') return t('badgeMultiple', multipleText(gap.multiple, data.numbers));
  if (data.style === 'cost') return t('badgeCost', cost);
  return sideOfCost(gap.gap, data, t);
}

/**
 * The badge's name for screen readers, short so it reads well mid-sentence ("Bitcoin price $70,000:
 * 17% below cost"); the figures behind it are its description (`ariaDescription`).
 */
export function ariaLabel(kind: BadgeKind, amount: string, gap: Gap, data: BadgeData, t: Translate): string {
  if (kind === 'btc_price') return t('badgeAriaPrice', amount, sideOfCost(gap.gap, data, t));
  if (isAtCost(gap.gap)) return t('badgeAriaFigureAt', amount);
  const percent = percentText(Math.abs(gap.gap), data.numbers);
  return gap.gap < 0
    ? t('badgeAriaFigureBelow', amount, percent)
    : t('badgeAriaFigureAbove', amount, percent);
}

/** Sentences joined as the language writes them (a space in English, none in Japanese). */
export const sentences = (t: Translate, ...parts: Array<string | false>): string =>
  parts.filter(Boolean).join(t('sentenceSeparator'));

/** What the short label stands on: the model, its cost and the multiple, and that it is an estimate. */
export function ariaDescription(
  kind: BadgeKind,
  gap: Gap,
  data: BadgeData,
  t: Translate,
  far = false,
): string {
  const stale = data.stale && t('badgeMayBeStale');
  if (kind === 'btc_cost') return sentences(t, t('badgeDescFigure', data.modelLabel, data.costText), stale);
  return sentences(
    t,
    far && t('badgeDescFar', data.spotText),
    t('badgeDescPrice', data.costText, data.modelLabel, multipleText(gap.multiple, data.numbers)),
    stale,
  );
}
