import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.moneycontrol.com/news/world/heres-why-bitcoin-prices-are-different-on-each-exchange-2460587.html',
    lang: 'en',
    tags: ['label-value', 'widget', 'anaphora'],
    title: "Here's why bitcoin prices are different on each exchange",
    blocks: [
      'FORKING OFF | If you owned bitcoin prior to August 1, 2017, you also own Bitcoin Cash - a clone of the original. One unit of Bitcoin Cash is now worth more than $1,300. That adds roughly another 135 percent to the returns from a bitcoin investment at the start of the year.',
      "Here's why bitcoin prices are different on each exchange",
      "Bitcoin prices vary depending on the exchange they're trading on.",
      'For instance, as of 10:50 a.m. ET on Tuesday, Bitcoin was trading on these exchanges at the following price points:',
      'Kraken - $17,212',
      'GDAX - $17,150',
      'Gemini - $17,039',
      'Bitfinex - $16,957',
      'Bitstamp - $16,979',
    ],
    expect: [
      o('$1,300', 1300),
      p('$17,212', 17212),
      p('$17,150', 17150),
      p('$17,039', 17039),
      p('$16,957', 16957),
      p('$16,979', 16979),
    ],
  },
];
