/** Where price sits against cost (docs/domain.md §4): below 0.8×, near 0.8–1.2×, above 1.2×. */
export const BANDS = ['below', 'near', 'above'] as const;
export type Band = (typeof BANDS)[number];

/** The band of price ÷ cost. @example bandOf(0.83) // 'near' */
export const bandOf = (multiple: number): Band =>
  multiple < 0.8 ? 'below' : multiple > 1.2 ? 'above' : 'near';
