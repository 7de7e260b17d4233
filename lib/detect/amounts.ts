/** Currency amounts found in the text, before classification, in parallel arrays (see events.ts for why). */

export class Amounts {
  n = 0;
  start: Int32Array;
  end: Int32Array;
  currency: string[] = [];
  value: Float64Array;
  /** Value under the other reading of an ambiguous separator ("70.000"), or NaN. */
  alt: Float64Array;
  /** Scale multiplier applied (1, 1e3, 1e6, ...). */
  scale: Float64Array;
  /** Preceded by +, −, ▲, ▼: a change. */
  signed: Uint8Array;
  /** Index of the other end when part of a range ("$60K-$65K"), else -1. */
  rangeOf: Int32Array;

  /** At most one amount per number read, so `capacity` (numbers + 1) is never exceeded. */
  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.value = new Float64Array(capacity);
    this.alt = new Float64Array(capacity);
    this.scale = new Float64Array(capacity);
    this.signed = new Uint8Array(capacity);
    this.rangeOf = new Int32Array(capacity);
  }

  push(
    start: number,
    end: number,
    currency: string,
    value: number,
    alt: number,
    scale: number,
    signed: boolean,
    rangeOf: number,
  ): void {
    const k = this.n++;
    this.start[k] = start;
    this.end[k] = end;
    this.currency[k] = currency;
    this.value[k] = value;
    this.alt[k] = alt;
    this.scale[k] = scale;
    this.signed[k] = signed ? 1 : 0;
    this.rangeOf[k] = rangeOf;
  }
}
