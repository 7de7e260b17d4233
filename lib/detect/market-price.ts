/**
 * Stage 8 of the detector (lib/detect/README.md): the price a cost is measured against. A mining-cost
 * page sets its costs against "the current market price of about $10,300", "o preço spot de US$ 87.900",
 * "su precio de mercado superaba los 4.000 dólares", "1 BTC의 시장 가치가 약 $60,000"; the model, reading
 * the page's cost words all around, may call that price a cost. A cost reading with a market-price
 * phrase before it in its sentence, and no cost cue between the two, is a price (tests/unit/detect/real/dev:
 * en-minedhash-com.ts, pt-blog-cointradermonitor-com.ts, es-dirigentesdigital-com.ts).
 */

import type { Events } from './events';
import { sentenceStart } from './sentence';
import { COST_CUES, type PriceMatch } from './types';

// Read on lowercased text. "Current", "market", "spot" or "today's" before a price noun (a few words
// may stand between: "the current price of one Bitcoin"), trading verbs, and the same in the
// languages the corpus's mining-cost pages are written in.
const MARKET_PRICE = new RegExp(
  [
    String.raw`\b(?:current|market|spot|today[’']s|prevailing|daily)\s+(?:\S+\s+){0,4}?(?:price|prices|value)\b`,
    String.raw`\b(?:trading|trades|traded|changes hands|changed hands|fetche[sd])\b`,
    String.raw`\b(?:precio|preço|prezzo|prix|cours|valor|valore|valeur)\s+(?:(?:de|du|di)\s+)?(?:mercado|mercato|marché|spot|atual|actual|attuale|actuel)`,
    String.raw`\b(?:aktuell|derzeit)\w*\s+(?:\S+\s+){0,3}?(?:kurs|preis)|marktpreis|huidige koers|marktprijs`,
    String.raw`\bcota(?:do|da|ção)|cotizaci[oó]n|\bharga (?:jual|pasar)|giá thị trường|piyasa fiyat`,
    String.raw`текущ\S* (?:цен|курс)|рыночн\S* цен|поточн\S* ціна|ринков\S* ціна`,
    '市场价格|现货价格|当前价格|市場価格|現在の価格|시세|시장 ?가(?:격|치)|현재 가격',
    // Support and resistance are levels of the price: "支撑位107,000-112,000美元" (zh-ahmixiu-com.ts).
    String.raw`\b(?:support|resistance|soporte|resistencia|suporte|resistência|supporto|resistenza|résistance|unterstützung|widerstand|destek|direnç)(?![a-zà-ÿ])`,
    '支撑位|阻力位|支撑|阻力|サポート|レジスタンス|抵抗線|支持線|지지선|저항선|поддержк|сопротивлени',
  ].join('|'),
);

/** How far back in its sentence a market-price phrase may stand. */
const REACH = 60;

/**
 * Reads as prices the cost readings a market-price phrase introduces. `lower` is the lowercased text,
 * `at[i]` the event of out[i].
 * @example
 * // "The estimated cost is well above the current market price of about $10,300." → $10,300 a price
 */
export function readMarketPrices(out: PriceMatch[], lower: string, all: Events, at: Int32Array): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== 'btc_cost') continue;
    const from = sentenceStart(all, at[i]!, Math.max(0, m.start - REACH));
    const phrase = MARKET_PRICE.exec(lower.slice(from, m.start));
    if (!phrase) continue;
    const after = from + phrase.index + phrase[0].length;
    let costCue = false;
    for (let f = at[i]! - 1; f >= 0 && all.pos[f]! >= after && !costCue; f--)
      costCue = ((COST_CUES >> all.cat[f]!) & 1) === 1;
    if (!costCue) out[i] = { ...m, kind: 'btc_price' };
  }
}
