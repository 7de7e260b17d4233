import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fxstreet.com/cryptocurrencies/news/bitcoin-ethereum-slide-as-fed-delivers-a-cautious-rate-cut-202512110348',
    lang: 'en',
    tags: ['prose', 'anaphora', 'label-value'],
    title: "Bitcoin, Ethereum slide as Fed delivers a 'cautious rate cut'",
    blocks: [
      '• Bitcoin slipped under the $90,000 level after a 3% drop following the Fed’s decision.',
      '• Ethereum is down 4%, below $3,200, while XRP struggles to hold the $2 psychological level.',
      {
        heading: 'Bitcoin, Ethereum and XRP slides, sparking heavy long liquidations',
        text: 'The Fed’s cautious tone set off selling, with Bitcoin falling below $90,000. The leading crypto is down over 3%, pulling others with it.',
      },
      {
        heading: 'Bitcoin, Ethereum and XRP slides, sparking heavy long liquidations',
        text: 'Ethereum lost 4% to below $3,200, and XRP dropped over 4% as it fights to hold the $2.00 psychological level.',
      },
      {
        heading: 'Bitcoin, Ethereum and XRP slides, sparking heavy long liquidations',
        text: 'Liquidations hit $440.2 million over 12 hours, Coinglass data show: $334.8 million of longs and $105 million of shorts.',
      },
    ],
    expect: [
      p('$90,000', 90000),
      o('$3,200', 3200),
      o('$2', 2),
      p('$90,000', 90000),
      o('$3,200', 3200),
      o('$2.00', 2),
      o('$440.2 million', 440.2e6),
      o('$334.8 million', 334.8e6),
      o('$105 million', 105e6),
    ],
  },
];
