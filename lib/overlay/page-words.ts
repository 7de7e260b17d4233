import { RANGE_KEYS } from '../i18n/model-words';
import type { MessageKey } from '../i18n/types';

/**
 * Every message the overlay says on pages (copy.ts, card.ts): the background publishes them with the
 * view (overlay-view.ts), so pages never ask the browser's i18n API. The overlay's unit tests fail on a
 * word missing here (tests/unit/overlay/helpers.ts).
 */
export const PAGE_WORDS: readonly MessageKey[] = [
  'badgeAboveCost',
  'badgeAriaFigureAbove',
  'badgeAriaFigureAt',
  'badgeAriaFigureBelow',
  'badgeAriaPrice',
  'badgeAtCost',
  'badgeBelowCost',
  'badgeCost',
  'badgeDescFar',
  'badgeDescFigure',
  'badgeDescPrice',
  'badgeMayBeStale',
  'badgeModelCost',
  'badgeMultiple',
  'cardAdjustment',
  'cardAmongMiners',
  'cardColours',
  'cardCostToMine',
  'cardCostsVary',
  'cardData',
  'cardDetails',
  'cardFigureVsModel',
  'cardGap',
  'cardHashprice',
  'cardHeading',
  'cardLabel',
  'cardMayBeStale',
  'cardNextAdjustment',
  'cardNotAPrice',
  'cardNotAPriceLabel',
  'cardPageFigure',
  'cardPrice',
  'cardRange',
  'cardSettingsLink',
  'cardVsTodaysCost',
  'nameValue',
  'sentenceSeparator',
  'unitPerPhDay',
  ...Object.values(RANGE_KEYS),
];
