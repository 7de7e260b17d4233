import * as z from 'zod/mini';
import { getJson, type HttpDeps } from './http';
import { parse } from './quotes';

// blockchain.info, the chain-stats fallback (docs/domain.md §6). hash_rate is GH/s; timestamp is ms.
// It has no fee or retarget data: the chain keeps the last known fees and no adjustment.

export const BLOCKCHAIN_INFO = 'blockchain.info';
const URL_STATS = 'https://api.blockchain.info/stats';

const StatsSchema = z.object({
  hash_rate: z.number().check(z.positive()),
  difficulty: z.number().check(z.positive()),
  n_blocks_total: z.number().check(z.int(), z.positive()),
  timestamp: z.optional(z.number()),
});

export interface ChainStats {
  difficulty: number;
  hashrateHs: number;
  height: number;
}

export async function fetchBlockchainInfoStats(http: HttpDeps): Promise<ChainStats> {
  const data = parse(StatsSchema, await getJson(http, URL_STATS), 'blockchain.info stats');
  return { difficulty: data.difficulty, hashrateHs: data.hash_rate * 1e9, height: data.n_blocks_total };
}
