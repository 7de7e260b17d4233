import type { BadgeData } from './badge-data';

/**
 * A Bitcoin price this far from today's spot (±25 %) is not today's price: a past peak ("$126,000 in
 * October"), a forecast or a hypothetical. Its badge still compares it with today's cost, quietly and
 * saying so, or is left out (settings.farPrices). Costs on the page are figures, not prices: never far.
 */
export const FAR_FROM_SPOT = 0.25;

/** @example isFarFromSpot('btc_price', 126_000, { spotUsd: 70_000 }) // true */
export const isFarFromSpot = (kind: string, usd: number, data: Pick<BadgeData, 'spotUsd'>): boolean =>
  kind === 'btc_price' && data.spotUsd > 0 && Math.abs(usd / data.spotUsd - 1) > FAR_FROM_SPOT;
