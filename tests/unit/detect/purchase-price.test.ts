import { describe, expect, it } from 'vitest';
import { readPurchasePrices } from '../../../lib/detect/purchase-price';
import { kindsAfter } from './stage-input';

// Stage 8's purchase prices alone (lib/detect/purchase-price.ts), fed the kinds the model might give
// each amount, so these hold whatever the trees say.
const kinds = kindsAfter(readPurchasePrices);

describe('what a buyer paid per coin on average', () => {
  // Shapes from tests/unit/detect/real/dev: en-livecoinguru-com.ts, fr-brefcrypto-com.ts, zh-525btc-com.ts.
  it('is a price, however the model read it', () => {
    expect(
      kinds(
        'The company said it bought 1,045 Bitcoin for about $29.3 million, an average of nearly $28,016 per coin.',
        [['$28,016', 'btc_cost']],
      ),
    ).toEqual(['btc_price']);
    expect(
      kinds('Sur sa page dédiée aux achats, le groupe affiche un coût moyen d’environ 74 997 $ par BTC.', [
        ['74 997 $', 'btc_cost'],
      ]),
    ).toEqual(['btc_price']);
    expect(
      kinds('其平均持仓成本为66,608美元,而当前市场价格约为85,000美元', [['66,608美元', 'btc_cost']]),
    ).toEqual(['btc_price']);
  });

  it('leaves a cost a cost without an average, without a purchase, beside mining or in another sentence', () => {
    expect(
      kinds('It bought 1,045 Bitcoin. The cost per coin is $28,016.', [['$28,016', 'btc_cost']]),
    ).toEqual(['btc_cost']);
    expect(kinds('The average cost per coin is $28,016.', [['$28,016', 'btc_cost']])).toEqual(['btc_cost']);
    expect(
      kinds('The miner bought new rigs; its average cost to mine one coin is $28,016.', [
        ['$28,016', 'btc_cost'],
      ]),
    ).toEqual(['btc_cost']);
    expect(
      kinds('MARA Holdings reports an average cost of $67,700 per coin.', [['$67,700', 'btc_cost']]),
    ).toEqual(['btc_cost']);
  });
});
