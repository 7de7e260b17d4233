/**
 * One coin that someone produces or mines is a cost: "en 2014 producir un Bitcoin costaba unos 400
 * dólares", "produrre un Bitcoin richiede circa 53.000 dollari", "één bitcoin produceren kostte 4.060
 * dollar". Without this, "un Bitcoin" reads as the coin whose price the amount is
 * (tests/unit/detect/real/dev: es-dirigentesdigital-com.ts, it-binance-com.ts, nl-datanews-knack-be.ts).
 */

import type { Events } from './events';
import { cls } from './text';
import { C_COST, C_PER_COIN } from './types';
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
    'wydobycie wydobycia wydobyć wyprodukowanie wyprodukować kopanie ' +
    'menambang penambangan memproduksi produksi'
  ).split(' '),
);
/** Producing after it: "each bitcoin mined", "einen Bitcoin zu schürfen", "bir bitcoin üretmek". */
const AFTER = new Set(
  (
    'mined produced schürfen produzieren herzustellen minen erzeugen produceren delven ' +
    'üretmek üretmenin üretme üretimi wydobyć'
  ).split(' '),
);
/** Small words that may stand between: "the mining of one Bitcoin", "einen Bitcoin zu schürfen". */
const LINK = new Set('of de d del della di do da du des eines to zu te'.split(' '));

/** Up to four words of lower[from, to), nearest `from` first when forward, nearest `to` first when not; none past a boundary mark. */
function words(lower: string, from: number, to: number, forward: boolean): string[] {
  const out: string[] = [];
  let w = '';
  for (let k = 0; k < to - from && out.length < 4; k++) {
    const c = lower.charCodeAt(forward ? from + k : to - 1 - k);
    const kind = cls(c);
    if (kind === 1) w = forward ? w + String.fromCharCode(c) : String.fromCharCode(c) + w;
    else {
      if (w) out.push(w);
      w = '';
      if (kind === 3) return out;
    }
  }
  if (w && out.length < 4) out.push(w);
  return out;
}

/** Whether a producing word comes first among `words`, with only per-coin and linking words before it. */
function produced(words: string[], verbs: Set<string>): boolean {
  for (const w of words) {
    if (verbs.has(w)) return true;
    if (!PER_COIN.has(w) && !LINK.has(w)) return false;
  }
  return false;
}

/** Turns each per-coin mention that is the coin produced or mined into a cost cue. */
export function markProducedCoins(lower: string, ev: Events): void {
  for (let e = 0; e < ev.n; e++) {
    if (ev.cat[e] !== C_PER_COIN) continue;
    const pos = ev.pos[e]!;
    const end = ev.end[e]!;
    const before = words(lower, Math.max(0, pos - 32), pos, false);
    const after = words(lower, end, Math.min(lower.length, end + 20), true);
    if (produced(before, BEFORE) || produced(after, AFTER)) ev.cat[e] = C_COST;
  }
}
