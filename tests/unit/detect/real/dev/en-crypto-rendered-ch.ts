import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto.rendered.ch/here-is-why-cryptocurrency-prices-are-different-on-each-exchange-2018/',
    lang: 'en',
    tags: ['label-value', 'widget', 'anaphora'],
    title: 'Here is why cryptocurrency prices are different on each exchange',
    blocks: [
      'Cryptocurrency prices vary depending on the exchange they’re trading on.',
      'For instance, as of 10:50 a.m. CET on Tuesday, Bitcoin was trading on these exchanges at the following price points:',
      '• Kraken – $17,212',
      '• GDAX – $17,150',
      '• Gemini – $17,039',
      '• Bitfinex – $16,957',
      '• Bitstamp – $16,979',
      'The varying prices come down to a few things.',
    ],
    expect: [
      p('$17,212', 17212),
      p('$17,150', 17150),
      p('$17,039', 17039),
      p('$16,957', 16957),
      p('$16,979', 16979),
    ],
  },
];
