// Converter-style post on what 0.01 BTC is worth in Canadian dollars: per-coin BTC/CAD levels (p) interleaved with
// the value of the 0.01 BTC fraction, fees and slippage (o), written both as "680 Canadian dollars" and "CAD 724".
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://koufactory.com/post/1656',
    lang: 'en',
    tags: ['prose', 'widget', 'format'],
    blocks: [
      'As of July 2024, 0.01 BTC comes to about 680 Canadian dollars (with Bitcoin at 68,000 Canadian dollars per coin), though the exact amount moves with the live rate. On Bitbuy, the largest Canadian exchange, quotes can deviate by ±1.2% (roughly ±8.16 Canadian dollars). Settling by bank wire adds a 1.5% handling fee (about 10.2 Canadian dollars), which can cut what you receive to 669.8 Canadian dollars. CoinGecko puts the 30-day BTC/CAD volatility at 18.7%, with a high of CAD 72,400 (CAD 724 for 0.01 BTC) and a low of CAD 63,200 (CAD 632). With trading bots such as Kraken Pro, market orders fill in 0.8 seconds on average and the median limit-order slippage is 0.3% (about CAD 2.04).',
      'History shows 0.01 BTC cost just 400 Canadian dollars in the March 2020 “Black Thursday” crash (when one BTC was 40,000 Canadian dollars), and rose to 1,050 Canadian dollars at the November 2021 peak (when one BTC was 105,000 Canadian dollars). The price is 35.2% below that peak yet still 51.1% above the CAD 45,000 /BTC of early 2023. A 25-basis-point Bank of Canada cut could weaken the loonie by 1.8% against the US dollar and lift BTC/CAD to 69,500 Canadian dollars (0.01 BTC=695 Canadian dollars).',
    ],
    expect: [
      o('680 Canadian dollars', 680, 'CAD'),
      p('68,000 Canadian dollars', 68000, 'CAD'),
      o('8.16 Canadian dollars', 8.16, 'CAD'),
      o('10.2 Canadian dollars', 10.2, 'CAD'),
      o('669.8 Canadian dollars', 669.8, 'CAD'),
      p('CAD 72,400', 72400, 'CAD'),
      o('CAD 724', 724, 'CAD'),
      p('CAD 63,200', 63200, 'CAD'),
      o('CAD 632', 632, 'CAD'),
      o('CAD 2.04', 2.04, 'CAD'),
      o('400 Canadian dollars', 400, 'CAD'),
      p('40,000 Canadian dollars', 40000, 'CAD'),
      o('1,050 Canadian dollars', 1050, 'CAD'),
      p('105,000 Canadian dollars', 105000, 'CAD'),
      p('CAD 45,000', 45000, 'CAD'),
      p('69,500 Canadian dollars', 69500, 'CAD'),
      o('695 Canadian dollars', 695, 'CAD'),
    ],
  },
];
