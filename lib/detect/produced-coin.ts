/**
 * One coin that someone produces or mines is a cost: "en 2014 producir un Bitcoin costaba unos 400
 * dólares", "produrre un Bitcoin richiede circa 53.000 dollari", "één bitcoin produceren kostte 4.060
 * dollar". Without this, "un Bitcoin" reads as the coin whose price the amount is
 * (tests/unit/detect/real/dev: es-dirigentesdigital-com.ts, it-binance-com.ts, nl-datanews-knack-be.ts).
 */

import type { Events } from './events';
import { cls } from './text';
import { C_BTC, C_COST, C_PER_COIN } from './types';
import { PER_COIN } from './word-sets';

/** Producing before the coin: "producir un", "the mining of one", "добыча одного", "minerar 1". */
const BEFORE = new Set(
  (
    'produce produces producing produced production mine mines mining generate generating create creating ' +
    'produzieren produziert produktion herstellen herstellung erzeugen erzeugung schürfen schürfung ' +
    'produire produit production miner minage extraire extraction ' +
    'producir produce producen producía producción minar minado minería extraer extracción generar ' +
    'produzir produz produção minerar mineração extrair extração ' +
    'produrre produce produzione minare estrarre estrazione ' +
    'produceren productie minen delven ' +
    'добыча добычи добычу добыть добывать производство производства произвести ' +
    'wydobycie wydobycia wydobyć wydobędziesz wydobywać wyprodukowanie wyprodukować kopanie kopać ' +
    'menambang penambangan memproduksi produksi ' +
    // cs, uk, ro, the Nordic languages, fi: the lexicon's languages whose mining verbs stood in no list.
    'vytěžit vytěžení těžba těžbu vyrobit výroba výrobu видобуток видобування видобути виробництво ' +
    'minarea mineritul producerea extragerea utvinne utvinning utvinna produsere producere producera ' +
    'louhia louhinta louhiminen tuottaa tuottaminen'
  ).split(' '),
);
/** Producing after it: "each bitcoin mined", "einen Bitcoin zu schürfen", "bir bitcoin üretmek". */
const AFTER = new Set(
  (
    'mined produced schürfen produzieren herzustellen minen erzeugen produceren delven ' +
    'minado minerado minato estratto miné extrait üretmek üretmenin üretme üretimi wydobyć ' +
    // hu "egy BTC előállítása", hi "एक बिटकॉइन माइन करने", bn "একটি বিটকয়েন খননের".
    'előállítása előállításának előállítani kibányászása kibányászni bányászata माइन खनन খনন খননের খননে'
  ).split(' '),
);
/** Mined, before the coin and after "per": "Kosten pro abgebautem Bitcoin" (de-dasgeld-co.ts). */
const MINED = new Set('mined produced abgebautem abgebauten geschürftem geschürften produziertem'.split(' '));
/** The same in Chinese, Japanese and Korean, glued to the coin: "生產一枚比特幣", "1BTCを採掘", "1BTC 생산". */
const CJK_BEFORE = /(?:生产|生產|挖出|挖|开采|開採|採掘|채굴|생산)(?:一枚|一个|一個|1枚|1个|1개)?\s?$/;
const CJK_AFTER = /^\s?[を를을]?\s?(?:採掘|채굴|생산|マイニング|生产|生產)/;
/** Small words that may stand between: "the mining of one Bitcoin", "einen Bitcoin zu schürfen". */
const BETWEEN = new Set('of de d del della di do da du des eines to zu te'.split(' '));

// cls reads its own cache first; this pass runs once per coin mention, not per character.
const kind = (lower: string, i: number): number => cls(lower.charCodeAt(i));
/** Where the last word read starts (prevWord) or ends (nextWord). */
let at = 0;
/** The word before lower[i], or '' when a boundary mark or `limit` comes first. */
function prevWord(lower: string, i: number, limit: number): string {
  let j = i;
  for (; j > limit && kind(lower, j - 1) !== 1; j--) if (kind(lower, j - 1) === 3) return '';
  const e = j;
  while (j > limit && kind(lower, j - 1) === 1) j--;
  at = j;
  return lower.slice(j, e);
}
/** The word at or after lower[i], or '' when a boundary mark or `limit` comes first. */
function nextWord(lower: string, i: number, limit: number): string {
  let j = i;
  for (; j < limit && kind(lower, j) !== 1; j++) if (kind(lower, j) === 3) return '';
  const b = j;
  while (j < limit && kind(lower, j) === 1) j++;
  at = j;
  return lower.slice(b, j);
}

/** Whether a producing word comes first among the (up to four) words on one side of the coin. */
function produced(lower: string, from: number, forward: boolean, verbs: Set<string>): boolean {
  let i = from;
  const limit = forward ? Math.min(lower.length, from + 20) : Math.max(0, from - 32);
  for (let n = 0; n < 4; n++) {
    const w = forward ? nextWord(lower, i, limit) : prevWord(lower, i, limit);
    if (!w) return false;
    if (verbs.has(w)) return true;
    if (!PER_COIN.has(w) && !BETWEEN.has(w)) return false;
    i = at;
  }
  return false;
}

/** Whether the coin mention lower[pos, end) is one coin produced or mined. */
function isProduced(lower: string, pos: number, end: number, perCoin: boolean): boolean {
  // Kana, kanji or hangul just before: the CJK forms, glued to the coin.
  const cjk = pos > 0 && (kind(lower, pos - 1) === 2 || (pos > 1 && kind(lower, pos - 2) === 2));
  if (cjk && CJK_BEFORE.test(lower.slice(Math.max(0, pos - 8), pos))) return true;
  if (!perCoin) {
    if (!MINED.has(prevWord(lower, pos, Math.max(0, pos - 32)))) return false;
    return PER_COIN.has(prevWord(lower, at, Math.max(0, pos - 32)));
  }
  if (CJK_AFTER.test(lower.slice(end, end + 6))) return true;
  return produced(lower, pos, false, BEFORE) || produced(lower, end, true, AFTER);
}

/** Turns each coin mention that is one coin produced or mined into a cost cue. */
export function markProducedCoins(lower: string, ev: Events): void {
  for (let e = 0; e < ev.n; e++) {
    const c = ev.cat[e];
    if (c !== C_PER_COIN && c !== C_BTC) continue;
    if (isProduced(lower, ev.pos[e]!, ev.end[e]!, c === C_PER_COIN)) ev.cat[e] = C_COST;
  }
}
