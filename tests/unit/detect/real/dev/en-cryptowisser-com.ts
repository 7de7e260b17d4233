import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptowisser.com/news/bitcoin-slips-below-41k-usd-ahead-of-fed-rate-decision/?lang=fr',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Slips Below $41k Ahead of Fed’s Rate Decision',
    blocks: [
      'Bitcoin Slips Below $41k Ahead of Fed’s Rate Decision',
      '• BTC has lost more than 2% and trades under the $41k level again.',
      {
        heading: 'BTC Could Drop Below $40k',
        text: 'The world’s leading cryptocurrency by market cap has lagged all week. At press time its price stands at $40,931.',
      },
      {
        heading: 'BTC Could Drop Below $40k',
        text: 'Other majors suffered too. Ether is down 2% and trades just above $2,100; AVAX, the worst of the top 10, is around the $35 mark. Total crypto market cap fell over 2% to $1.54 trillion. If the downtrend continues, Bitcoin could slip below the $40k level in the coming days.',
      },
    ],
    expect: [
      p('$41k', 41000),
      p('$41k', 41000),
      p('$40,931', 40931),
      o('$2,100', 2100),
      o('$35', 35),
      o('$1.54 trillion', 1.54e12),
      p('$40k', 40000),
    ],
  },
];
