// Australian exchange market page: a "Bitcoin Price - BTC / AUD : $…" header widget, order-book column headers
// with no numbers, and a worked example with space-grouped thousands where "$6 000" buys half a coin (o).
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.independentreserve.com/market/xbt',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'Bitcoin Price - BTC / AUD',
    blocks: [
      'Bitcoin Price - BTC / AUD : $15,148.98',
      'Recent Trades',
      'Order Book Btc / Aud',
      { text: 'Price (Aud)', header: 'Price (Aud)' },
      { text: 'Volume (Btc)', header: 'Volume (Btc)' },
      'Btc / Aud Price and Volume Chart',
      { text: 'Bitcoin Price', heading: 'Bitcoin Price' },
      {
        text: 'The Bitcoin price is what one whole Bitcoin costs, much as shares in a company are priced on a share market. Unlike shares, though, you can buy and sell fractions of a Bitcoin. For example, if the Bitcoin market price is $12 000, you can buy 0.5 Bitcoin for $6 000.',
        heading: 'Price basics',
      },
      {
        text: 'Exchanges are not linked, so the price on one venue can differ from another. If two markets drift far enough apart, Bitcoin can be bought where it is cheaper, moved, and sold where it is dearer; that arbitrage keeps prices in line.',
        heading: 'Price basics',
      },
    ],
    expect: [p('$15,148.98', 15148.98, 'AUD'), p('$12 000', 12000, 'AUD'), o('$6 000', 6000, 'AUD')],
  },
];
