import { de } from './de';
import { enMarkets } from './en-markets';
import { enNews } from './en-news';
import { es } from './es';
import { fr } from './fr';
import { heldout } from './heldout';
import { hi } from './hi';
import { it } from './it';
import { ja } from './ja';
import { pt } from './pt';
import type { CorpusCase } from './types';

/** Cases used while tuning the detector. */
export const tuned: CorpusCase[] = [...enNews, ...enMarkets, ...de, ...fr, ...es, ...pt, ...it, ...ja, ...hi];
export type { CorpusCase };
export { heldout };
