import { describe, expect, it } from 'vitest';
import { readPlainPrices } from '../../../lib/detect/plain-price';
import type { PriceKind } from '../../../lib/detect/types';
import { type Reading, stageInput } from './stage-input';

// Stage 8's plain prices alone (lib/detect/plain-price.ts), fed the kinds the model might give each
// amount, so these hold whatever the trees say. Spot $70,000, as the overlay would pass it.
function kinds(text: string, read: Reading[], ruled: number[] = []): [PriceKind, number][] {
  const { out, all, at } = stageInput(text, read);
  const judged = Uint8Array.from(out, (_, i) => (ruled.includes(i) ? 0 : 1));
  readPlainPrices(out, judged, all, at, 70_000);
  return out.map((m) => [m.kind, m.confidence]);
}

describe('a Bitcoin price said plainly', () => {
  // Shapes from tests/unit/detect/real/dev: en-financetimes-org.ts, en-gushiio-com.ts, ja-weappnet-com.ts.
  it('is a price when the model read a sum, as sure as the overlay’s minimum', () => {
    expect(
      kinds('Bitcoin has fallen to roughly $70,000 on February 5.', [['$70,000', 'other', 0.7]]),
    ).toEqual([['btc_price', 0.6]]);
    expect(
      kinds('Yet with the price of Bitcoin hovering around $85,000, the machines keep running.', [
        ['$85,000', 'other'],
      ]),
    ).toEqual([['btc_price', 0.6]]);
  });

  it('leaves a sum a sum far from spot, after another word, beside a cost word, or read by a definition', () => {
    const sum = (text: string, amount: string, ruled: number[] = []) =>
      kinds(text, [[amount, 'other']], ruled)[0]![0];
    expect(sum('Bitcoin has fallen to roughly $7,000 on February 5.', '$7,000')).toBe('other');
    expect(sum('Bitcoin has fallen to roughly $700,000 in market depth.', '$700,000')).toBe('other');
    expect(sum('Bitcoin funds took in $70,000 on Monday.', '$70,000')).toBe('other');
    expect(sum('Mining costs rose as Bitcoin fell to $70,000.', '$70,000')).toBe('other');
    expect(sum('Bitcoin fell to $70,000 production cost.', '$70,000')).toBe('other');
    expect(sum('Bitcoin has fallen to roughly $70,000 on February 5.', '$70,000', [0])).toBe('other');
    // Without spot there is nothing to be near.
    const { out, all, at } = stageInput('Bitcoin has fallen to $70,000.', [['$70,000', 'other']]);
    readPlainPrices(out, Uint8Array.of(1), all, at);
    expect(out[0]!.kind).toBe('other');
  });
});
