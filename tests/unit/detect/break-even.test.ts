import { describe, expect, it } from 'vitest';
import { readBreakEvens } from '../../../lib/detect/break-even';
import { kindsAfter } from './stage-input';

// Stage 8's break-even reading alone (lib/detect/break-even.ts), fed the kinds the model might give each
// amount, so these hold whatever the trees say.
const kinds = kindsAfter(readBreakEvens);

describe("a miner's break-even price", () => {
  // Shapes from tests/unit/detect/real/dev: en-bittribute-com.ts, de-binance-com.ts, en-cryptomak-co-uk.ts.
  it('reads a price reading followed by whether mining pays as a cost', () => {
    expect(
      kinds('Bitcoin Needs To Stay Above $80,000 For Mining To Be Profitable After Halving', [
        ['$80,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost']);
    expect(
      kinds(
        'Bitcoin braucht nach dem Halving einen Preis von über 80.000 USD, damit sich das Mining lohnt.',
        [['80.000 USD', 'btc_price']],
      ),
    ).toEqual(['btc_cost']);
    expect(
      kinds('One Bitcoin must be worth between $12,000 and $15,000 for miners to be profitable.', [
        ['$12,000', 'btc_price'],
        ['$15,000', 'btc_price'],
      ]),
    ).toEqual(['btc_cost', 'btc_cost']);
  });

  it('leaves prices alone without mining, with "profitable" before the amount, or in another sentence', () => {
    expect(
      kinds('Bitcoin must stay above $80,000 for traders to be profitable.', [['$80,000', 'btc_price']]),
    ).toEqual(['btc_price']);
    expect(
      kinds('Mining profitably needed more than $30,000, but Bitcoin hit a new high of $69,000.', [
        ['$30,000', 'btc_price'],
        ['$69,000', 'btc_price'],
      ]),
    ).toEqual(['btc_price', 'btc_price']);
    expect(
      kinds('Bitcoin trades at $70,000. Mining is still profitable for most.', [['$70,000', 'btc_price']]),
    ).toEqual(['btc_price']);
    expect(
      kinds(
        'Bitcoin hit $70,000 while mining rigs sold out, and the long report explained at length that it is profitable.',
        [['$70,000', 'btc_price']],
      ),
    ).toEqual(['btc_price']);
  });
});
