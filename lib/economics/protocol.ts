// Protocol constants and derived quantities (docs/domain.md §1).

export const HALVING_INTERVAL = 210_000;
export const INITIAL_SUBSIDY_SATS = 50n * 100_000_000n;
export const SATS_PER_BTC = 100_000_000;
export const BLOCKS_PER_DAY = 144;
export const TARGET_BLOCK_SECONDS = 600;
/** A retarget is clamped to ×4 / ÷4 (docs/domain.md §1): the change lies in −75 % … +300 %. */
export const RETARGET_PERCENT = { min: -75, max: 300 } as const;
/** Expected hashes per block = D × 2^32 (docs/domain.md §1). */
export const HASHES_PER_DIFFICULTY = 2 ** 32;

/** Block subsidy in BTC at `height`: `(50 BTC) >> floor(height / 210000)`, as Bitcoin Core's GetBlockSubsidy. */
export function subsidyBtc(height: number): number {
  const halvings = Math.floor(height / HALVING_INTERVAL);
  if (halvings >= 64) return 0;
  return Number(INITIAL_SUBSIDY_SATS >> BigInt(halvings)) / SATS_PER_BTC;
}

/** Coins issued by blocks 0..height inclusive (19,985,703.125 BTC at 935,424; docs/domain.md §1). */
export function issuedSupplyBtc(height: number): number {
  let total = 0;
  for (let era = 0; era < 64; era++) {
    const first = era * HALVING_INTERVAL;
    if (first > height) break;
    const blocks = Math.min(height, first + HALVING_INTERVAL - 1) - first + 1;
    total += blocks * subsidyBtc(first);
  }
  return total;
}

/** Network hashrate implied by difficulty at the 10-minute target: `D × 2^32 / 600` H/s. */
export const impliedHashrateHs = (difficulty: number): number =>
  (difficulty * HASHES_PER_DIFFICULTY) / TARGET_BLOCK_SECONDS;

/** Blocks per day the network finds at `hashrateHs` and `difficulty`. */
export const blocksPerDay = (hashrateHs: number, difficulty: number): number =>
  (hashrateHs * 86_400) / (difficulty * HASHES_PER_DIFFICULTY);

export const satsToBtc = (sats: number): number => sats / SATS_PER_BTC;
