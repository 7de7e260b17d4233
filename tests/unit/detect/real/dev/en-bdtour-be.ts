// Scraped "Bitcoin realtime dollar" rate explainer: a bare pair quote "10000.00" with no currency sign and the same
// level written "10000, USD" with a stray comma, both the price of one coin (p).
import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bdtour.be/goedkoopste-bitcoin/bitcoin-realtime-dollar.htm',
    lang: 'en',
    tags: ['format', 'widget', 'label-value'],
    title: 'Bitcoin realtime dollar',
    blocks: [
      'If the BTC/USD exchange rate is 10000.00, for example, then it means it costs 10000, USD to buy 1 BTC. The exchange rate always shows how much of the second currency USD you need to purchase one unit of the first currency BTC. How Exchange Rate Pairs Work.',
      'Bitcoin chart Live Price Chart for Bitcoin to USD. Bitcoin chart. Live Price Chart for Bitcoin to USD. Calc Daily Charts News Pivots.',
    ],
    expect: [p('10000.00', 10000), p('10000, USD', 10000)],
  },
];
