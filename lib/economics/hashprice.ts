import { HASHES_PER_DIFFICULTY } from './protocol';

// Revenue side (docs/domain.md §2, Luxor's "hashprice").
/** Hashes 1 PH/s performs in a day: 1e15 × 86,400. */
const PH_DAY_HASHES = 8.64e19;

/** Blocks a day that 1 PH/s earns on average at difficulty `difficulty`. */
export const blocksPerPhDay = (difficulty: number): number =>
  PH_DAY_HASHES / (difficulty * HASHES_PER_DIFFICULTY);

/** Hashprice in BTC/PH/day: `8.64e19 / (D × 2^32) × R_block` (R = subsidy + average fees per block). */
export const hashpriceBtc = (difficulty: number, rewardPerBlockBtc: number): number =>
  blocksPerPhDay(difficulty) * rewardPerBlockBtc;

/** Hashprice in USD/PH/day. Check: D = 152 T, $91k, R = 3.145 → $37.9. */
export const hashpriceUsd = (difficulty: number, rewardPerBlockBtc: number, priceUsd: number): number =>
  hashpriceBtc(difficulty, rewardPerBlockBtc) * priceUsd;
