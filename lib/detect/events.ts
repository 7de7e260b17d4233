/**
 * Keyword, boundary and amount events in parallel typed arrays, in text order. One buffer per field
 * instead of one object per event: objects that live through the whole scan made garbage
 * collection a quarter of the time on long articles.
 */

import type { Cat } from './types';

/** Quote currencies of trading pairs, stored by index + 1 (0: not a pair). */
const QUOTE_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'KRW', 'INR', 'BRL', 'AUD', 'CAD', 'CHF', 'TRY'];

export class Events {
  n = 0;
  pos: Int32Array;
  end: Int32Array;
  cat: Uint8Array;
  /** For Btc events that are trading pairs: index + 1 into QUOTE_CODES, else 0. */
  quoteOf: Uint8Array;
  /** The word before a Btc mention was "of"/"in"/...: an amount before it is a holding. */
  held: Uint8Array;

  constructor(capacity: number) {
    const c = Math.max(16, capacity);
    this.pos = new Int32Array(c);
    this.end = new Int32Array(c);
    this.cat = new Uint8Array(c);
    this.quoteOf = new Uint8Array(c);
    this.held = new Uint8Array(c);
  }

  push(pos: number, end: number, cat: Cat, quote = '', held = false): void {
    if (this.n === this.pos.length) this.grow();
    const k = this.n++;
    this.pos[k] = pos;
    this.end[k] = end;
    this.cat[k] = cat;
    this.quoteOf[k] = quote ? QUOTE_CODES.indexOf(quote) + 1 : 0;
    this.held[k] = held ? 1 : 0;
  }

  /** Append event k of another list. */
  copy(from: Events, k: number): void {
    if (this.n === this.pos.length) this.grow();
    const j = this.n++;
    this.pos[j] = from.pos[k]!;
    this.end[j] = from.end[k]!;
    this.cat[j] = from.cat[k]!;
    this.quoteOf[j] = from.quoteOf[k]!;
    this.held[j] = from.held[k]!;
  }

  /** The pair quote of event k, or ''. */
  quote(k: number): string {
    const q = this.quoteOf[k]!;
    return q ? QUOTE_CODES[q - 1]! : '';
  }

  private grow(): void {
    const c = this.pos.length * 2;
    this.pos = widen(this.pos, c);
    this.end = widen(this.end, c);
    this.cat = widen(this.cat, c);
    this.quoteOf = widen(this.quoteOf, c);
    this.held = widen(this.held, c);
  }
}

/** A copy of `a` with room for `size` entries. */
export function widen<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}
