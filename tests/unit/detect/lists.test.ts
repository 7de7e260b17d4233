import { describe, expect, it } from 'vitest';
import type { Amounts } from '../../../lib/detect/amounts';
import { shareListKinds } from '../../../lib/detect/lists';
import type { PriceKind, PriceMatch } from '../../../lib/detect/types';
import { type Reading, stageInput } from './stage-input';

// Stage 8 alone (lib/detect/lists.ts), fed the kinds the model might give each amount (stage-input.ts).
function shared(text: string, read: Reading[]): PriceMatch[] {
  const { out, all, at } = stageInput(text, read);
  const amounts = { signed: new Uint8Array(out.length) } as unknown as Amounts;
  shareListKinds(out, amounts, all, at, text);
  return out;
}
const share = (text: string, read: [string, PriceKind][]) => shared(text, read).map((m) => m.kind);

describe('a list of alike amounts', () => {
  it('shares the kind of the amount before, unless a conjunction sets them against each other', () => {
    expect(
      share('mining one bitcoin costs $45,000 in Texas, $40,000 in Ohio', [
        ['$45,000', 'btc_cost'],
        ['$40,000', 'other'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
    // In-house corpus, "hashrateindex-style: fleet cost": the spot price beside the cost is no cost.
    expect(
      share('the production cost per BTC is roughly $41,500, versus a spot price of $63,200', [
        ['$41,500', 'btc_cost'],
        ['$63,200', 'other'],
      ]),
    ).toEqual(['btc_cost', 'other']);
  });
});

describe('a cost that moves from one level to another', () => {
  // Shapes from tests/unit/detect/real/dev (en-generallink-top.ts, pt-infomoney-com-br.ts,
  // no-no-beincrypto-com.ts): the model reads the far end alone, without the cost word, as a price.
  it('makes the other end of the move a cost too', () => {
    expect(
      share('the production cost has dropped to about $77,000 from $90,000 at the start of the year', [
        ['$77,000', 'btc_cost'],
        ['$90,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
    expect(
      share('O custo caiu de US$ 20000 para cerca de US$ 13000 desde junho', [
        ['US$ 20000', 'btc_cost'],
        ['US$ 13000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
    expect(
      share('the average cost to mine Bitcoin fell to $13,000 in July, from $24,000 in June', [
        ['$13,000', 'btc_cost'],
        ['$24,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
  });

  it('leaves a price beside a cost a price', () => {
    // A price noun between, no word of moving, a price before the cost, or sizes far apart.
    expect(
      share('mining one bitcoin costs $45,000, against a price of $40,000', [
        ['$45,000', 'btc_cost'],
        ['$40,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_price']);
    expect(
      share('mining costs $45,000 and $40,000 buys one', [
        ['$45,000', 'btc_cost'],
        ['$40,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_price']);
    expect(
      share('bitcoin rose from $60,000 to $70,000', [
        ['$60,000', 'btc_price'],
        ['$70,000', 'btc_cost'],
      ]),
    ).toEqual(['btc_price', 'btc_cost']);
    expect(
      share('the cost fell to $13,000 from $90,000', [
        ['$13,000', 'btc_cost'],
        ['$90,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_price']);
  });
});

describe('a list of alike amounts read with unequal confidence', () => {
  // Dev: tr-muhabbit-com.ts ("7600$ – 8000$ bandında"), ko-coinwhy-com.ts ("14만3000~18만9000달러"): the
  // range's far end, read alone, fell under the overlay's minimum confidence.
  it('gives the later one the surer confidence of the one before it', () => {
    const read = shared('Bitcoin şu an 7600$ – 8000$ bandında hareket ediyor', [
      ['7600$', 'btc_price', 0.86],
      ['8000$', 'btc_price', 0.55],
    ]);
    expect(read.map((m) => [m.kind, m.confidence])).toEqual([
      ['btc_price', 0.86],
      ['btc_price', 0.86],
    ]);
  });
  it('leaves it as unsure across a conjunction, a sentence, another kind or a size far apart', () => {
    const second = (text: string, first: PriceKind = 'btc_price') =>
      shared(text, [
        [text.match(/\$[\d,]+/)![0], first, 0.9],
        [text.match(/\$[\d,]+/g)![1]!, 'btc_price', 0.55],
      ])[1]!.confidence;
    expect(second('bitcoin cost $61,000, while it now trades at $60,000')).toBe(0.55);
    expect(second('bitcoin cost $61,000. It now trades at $60,000')).toBe(0.55);
    expect(second('bitcoin cost $61,000, then $60,000', 'btc_cost')).toBe(0.55);
    expect(second('bitcoin cost $61,000, then $6,000')).toBe(0.55);
    expect(second('bitcoin cost $61,000, then $60,000')).toBe(0.9);
  });
});

describe('a price set against a cost', () => {
  // Dev: en-svlook-com.ts, fr-cryptoview-io.ts (the same report in many words), en-theblock-co-m.ts.
  it('makes the later of two amounts read as costs a price when a price noun, and no cost word, stands between', () => {
    expect(
      share(
        'mining 1 Bitcoin costs $46,291, which is 35% higher than the average daily price of 1 BTC ($30,090)',
        [
          ['$46,291', 'btc_cost'],
          ['$30,090', 'btc_cost'],
        ],
      ),
    ).toEqual(['btc_cost', 'btc_price']);
    expect(
      share('the production cost sits near $45,000, well under current prices of about $65,000', [
        ['$45,000', 'btc_cost'],
        ['$65,000', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost', 'btc_price']);
  });
  it('makes it a price when read as "other" too, if it is of the cost\'s size', () => {
    // Dev: it-italia4blockchain-it.ts ("il costo medio del mining … 49.902 dollari, mentre il prezzo del
    // Bitcoin supera i 70.000 dollari").
    const text = 'il costo medio del mining è di 49.902 dollari, mentre il prezzo supera i 70.000 dollari';
    expect(
      share(text, [
        ['49.902 dollari', 'btc_cost'],
        ['70.000 dollari', 'other'],
      ]),
    ).toEqual(['btc_cost', 'btc_price']);
    expect(
      share('mining costs $46,291, far above the price of one ASIC ($3,000)', [
        ['$46,291', 'btc_cost'],
        ['$3,000', 'other'],
      ]),
    ).toEqual(['btc_cost', 'other']);
  });
  it('leaves both costs across a cost word, a sentence end, or with no price noun between', () => {
    expect(
      share('the cash cost is $45,000 per coin, and the all-in cost near $52,000', [
        ['$45,000', 'btc_cost'],
        ['$52,000', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
    expect(
      share('mining one coin costs $45,000. The price of power puts it at $52,000', [
        ['$45,000', 'btc_cost'],
        ['$52,000', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
    expect(
      share('mining costs $45,000 in Texas and $52,000 in Ohio', [
        ['$45,000', 'btc_cost'],
        ['$52,000', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
  });
});

describe('one worth written in two currencies', () => {
  // Dev: pt-exame-com.ts ("cotado em US$ 27 mil, ou R$ 131 mil"): one price, whichever reading is surer.
  it('gives both the surer reading of the two', () => {
    const read = (first: [PriceKind, number], second: [PriceKind, number]) =>
      shared('hoje o bitcoin está cotado em US$ 27 mil, ou R$ 131 mil', [
        ['US$ 27 mil', ...first],
        ['R$ 131 mil', ...second],
      ]).map((m) => [m.kind, m.confidence]);
    expect(read(['btc_price', 0.9], ['btc_cost', 0.6])).toEqual([
      ['btc_price', 0.9],
      ['btc_price', 0.9],
    ]);
    expect(read(['btc_cost', 0.62], ['btc_price', 0.95])).toEqual([
      ['btc_price', 0.95],
      ['btc_price', 0.95],
    ]);
  });
  it('leaves two currencies apart when the sizes differ or words stand between', () => {
    const kinds = (text: string) =>
      shared(text, [
        [text.match(/US\$ \d+ mil/)![0], 'btc_price', 0.9],
        [text.match(/R\$ \d+ mil/)![0], 'btc_cost', 0.6],
      ]).map((m) => m.kind);
    expect(kinds('o bitcoin está cotado em US$ 27 mil, ou R$ 900 mil')).toEqual(['btc_price', 'btc_cost']);
    expect(kinds('o bitcoin está cotado em US$ 27 mil, e minerar custa R$ 131 mil')).toEqual([
      'btc_price',
      'btc_cost',
    ]);
  });
});
