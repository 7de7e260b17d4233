import { o, p, type RealCase } from '../labels';

// Yahoo Finance: a ticker strip (BTC-USD row with a bare level and a bare change), then a "$100" explainer.
export const cases: RealCase[] = [
  {
    url: 'https://finance.yahoo.com/news/bitcoin-price-soars-much-100-163535191.html',
    lang: 'en',
    tags: ['widget', 'prose', 'format'],
    title: 'Bitcoin price soars: How much $100 would be worth today if you had invested earlier',
    blocks: [
      { text: '44,768.60', row: 'BTC-USD' },
      { text: '+1,192.73 (+2.74%)', row: 'BTC-USD' },
      'Bitcoin price soars: How much $100 would be worth today if you had invested earlier',
      'On the heels of Tesla’s purchase of $1.5 billion in Bitcoin, the cryptocurrency is hotter than ever, hitting new highs and nudging more fence-sitters into action.',
      'If you’d taken a chance on Bitcoin in the past (and held on to it), you’d be pretty happy today. Here’s what a token $100 investment in Bitcoin would be worth as of midmorning Monday, when the value of a Bitcoin, per Coindesk, is $43,741.59.',
      'July 28, 2010: In the early days, a Bitcoin cost investors just 6¢ each.',
    ],
    expect: [
      p('44,768.60', 44768.6),
      o('+1,192.73', 1192.73),
      o('$100', 100),
      o('$1.5 billion', 1.5e9),
      o('$100', 100),
      p('$43,741.59', 43741.59),
      p('6¢ each', 0.06),
    ],
  },
];
