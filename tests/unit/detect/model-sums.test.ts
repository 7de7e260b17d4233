import { describe, expect, it } from 'vitest';
import { readModelSums } from '../../../lib/detect/model-sums';
import type { PriceKind } from '../../../lib/detect/types';
import { type Reading, stageInput } from './stage-input';

// Stage 8's second reading of the model's sums alone (lib/detect/model-sums.ts), fed the kinds the model
// might give each amount, so these hold whatever the trees say. Spot $70,000, as the overlay would pass
// it; `ruled`: the amounts a definition read as "other" (a signed amount, a move's size), not the model.
function read(text: string, amounts: Reading[], ruled: number[] = []): [PriceKind, number][] {
  const { out, all, at } = stageInput(text, amounts);
  const judged = Uint8Array.from(out, (_, i) => (ruled.includes(i) ? 0 : 1));
  readModelSums(out, judged, all, at, 70_000);
  return out.map((m) => [m.kind, m.confidence]);
}

describe('a sentence about the cost of one coin', () => {
  // Shapes from tests/unit/detect/real/dev: en-cointelegraph-cach3-m.ts, es-dirigentesdigital-com.ts.
  it('makes the sums it goes on to give costs, as sure as the overlay’s minimum', () => {
    expect(
      read('Chip makers can break even at US$300 at the cheap end, against US$350 at the expensive end.', [
        ['US$300', 'other'],
        ['US$350', 'other'],
      ]),
    ).toEqual([
      ['btc_cost', 0.6],
      ['btc_cost', 0.6],
    ]);
    expect(
      read('En 2014 producir un Bitcoin costaba unos 400 dólares.', [['400 dólares', 'other', 0.9]]),
    ).toEqual([['btc_cost', 0.6]]);
  });

  it('leaves a sum other across another asset, a fee or a sentence, where a definition read it, or outside a cost’s size', () => {
    const cost = 'The break-even cost is lower this year';
    expect(read(`${cost}, while gold trades at $2,300.`, [['$2,300', 'other']])[0]![0]).toBe('other');
    expect(read(`${cost}, and the network fee is $2,300.`, [['$2,300', 'other']])[0]![0]).toBe('other');
    expect(read(`${cost}, having dropped $2,300.`, [['$2,300', 'other']], [0])[0]![0]).toBe('other');
    expect(read(`${cost}. A new rig costs $2,300.`, [['$2,300', 'other']])[0]![0]).toBe('other');
    expect(read(`${cost}: -$2,300`, [['$2,300', 'other']], [0])[0]![0]).toBe('other');
    expect(read(`${cost}: $120 in total.`, [['$120', 'other']])[0]![0]).toBe('other');
    expect(read(`${cost}: $2,300,000,000 in total.`, [['$2,300,000,000', 'other']])[0]![0]).toBe('other');
    // A price the model read stays a price: only "other" readings change.
    expect(read(`${cost}, at $62,000.`, [['$62,000', 'btc_price']])[0]![0]).toBe('btc_price');
    // And it is a cost that read as one.
    expect(read(`${cost}, at $2,300.`, [['$2,300', 'other']])[0]![0]).toBe('btc_cost');
  });
});

describe('a Bitcoin price said plainly', () => {
  // Shapes from tests/unit/detect/real/dev: en-financetimes-org.ts, en-gushiio-com.ts, ja-weappnet-com.ts.
  it('is a price when the model read a sum, as sure as the overlay’s minimum', () => {
    expect(read('Bitcoin has fallen to roughly $70,000 on February 5.', [['$70,000', 'other', 0.7]])).toEqual(
      [['btc_price', 0.6]],
    );
    expect(
      read('Yet with the price of Bitcoin hovering around $85,000, the machines keep running.', [
        ['$85,000', 'other'],
      ]),
    ).toEqual([['btc_price', 0.6]]);
  });

  it('leaves a sum a sum far from spot, after another word, beside a cost word, or read by a definition', () => {
    const sum = (text: string, amount: string, ruled: number[] = []) =>
      read(text, [[amount, 'other']], ruled)[0]![0];
    expect(sum('Bitcoin has fallen to roughly $7,000 on February 5.', '$7,000')).toBe('other');
    expect(sum('Bitcoin has fallen to roughly $700,000 in market depth.', '$700,000')).toBe('other');
    expect(sum('Bitcoin funds took in $70,000 on Monday.', '$70,000')).toBe('other');
    expect(sum('Miners struggled as Bitcoin fell to $70,000.', '$70,000')).toBe('other');
    expect(sum('Bitcoin fell to $70,000 production cost.', '$70,000')).toBe('other');
    expect(sum('Bitcoin has fallen to roughly $70,000 on February 5.', '$70,000', [0])).toBe('other');
    // Without spot there is nothing to be near.
    const { out, all, at } = stageInput('Bitcoin has fallen to $70,000.', [['$70,000', 'other']]);
    readModelSums(out, Uint8Array.of(1), all, at);
    expect(out[0]!.kind).toBe('other');
  });
});
