import { describe, expect, it } from 'vitest';
import { readMarketPrices } from '../../../lib/detect/market-price';
import { kindsAfter } from './stage-input';

// Stage 8's market price alone (lib/detect/market-price.ts), fed the kinds the model might give each
// amount, so these hold whatever the trees say.
const kinds = kindsAfter(readMarketPrices);

describe('the price a cost is measured against', () => {
  // Shapes from tests/unit/detect/real/dev: en-minedhash-com.ts, pt-blog-cointradermonitor-com.ts,
  // es-dirigentesdigital-com.ts, ko-findlink-info.ts, it-cryptovert-net.ts, en-mix166-vn-m.ts.
  it('reads a cost reading after a market-price phrase as a price', () => {
    expect(
      kinds(
        'The estimated cost is well above the current market price of about $10,300, so margins vanish.',
        [['$10,300', 'btc_cost']],
      ),
    ).toEqual(['btc_price']);
    expect(
      kinds('o que leva o custo médio a US$ 94.746 – acima do preço spot de US$ 87.900.', [
        ['US$ 94.746', 'btc_cost'],
        ['US$ 87.900', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost', 'btc_price']);
    expect(
      kinds(
        'el coste de producción estaba en 7.000 dólares, mientras que su precio de mercado superaba los 4.000 dólares',
        [
          ['7.000 dólares', 'btc_cost'],
          ['4.000 dólares', 'btc_cost'],
        ],
      ),
    ).toEqual(['btc_cost', 'btc_price']);
    expect(kinds('1 BTC의 시장 가치가 약 $60,000라는 점을 감안하면', [['$60,000', 'btc_cost']])).toEqual([
      'btc_price',
    ]);
    expect(
      kinds('39 countries mine under the current price of one Bitcoin ($11,455)', [['$11,455', 'btc_cost']]),
    ).toEqual(['btc_price']);
  });

  it('reads a cost reading after a support or resistance word as a price: they are levels of the price', () => {
    // Shapes from tests/unit/detect/real/dev (zh-ahmixiu-com.ts, tr-paratic-com.ts).
    expect(
      kinds('关键价位:支撑位107,000-112,000美元,阻力位114,000-120,000美元', [
        ['107,000', 'btc_cost'],
        ['112,000美元', 'btc_cost'],
      ]),
    ).toEqual(['btc_price', 'btc_price']);
    expect(kinds('Bitcoin için kritik destek 110.000 dolar.', [['110.000 dolar', 'btc_cost']])).toEqual([
      'btc_price',
    ]);
    expect(kinds('The next support sits at $60,000.', [['$60,000', 'btc_cost']])).toEqual(['btc_price']);
    // A cost cue between the two keeps the cost: "support at the all-in cost of $X".
    expect(kinds('Support sits at the all-in cost of $60,000.', [['$60,000', 'btc_cost']])).toEqual([
      'btc_cost',
    ]);
    // "supported" is no level.
    expect(kinds('Miners supported by $60,000 of costs.', [['$60,000', 'btc_cost']])).toEqual(['btc_cost']);
  });

  it('leaves a cost a cost when a cost cue follows the phrase, or the phrase is in another sentence or too far back', () => {
    expect(
      kinds('At the current price, the production cost of one bitcoin is $45,000.', [
        ['$45,000', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost']);
    expect(
      kinds('Bitcoin is trading higher. Mining one now takes $52,000 in power.', [['$52,000', 'btc_cost']]),
    ).toEqual(['btc_cost']);
    expect(
      kinds(
        'Its market value matters less to them than one number they watch every single day, which is now $52,000.',
        [['$52,000', 'btc_cost']],
      ),
    ).toEqual(['btc_cost']);
    // Only cost readings change: another sum stays what the model read.
    expect(kinds('the current market value of the fleet is $4,000,000', [['$4,000,000', 'other']])).toEqual([
      'other',
    ]);
  });
});
