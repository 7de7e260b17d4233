import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://businessinsider.nl/bitcoin-pizza-10000-100-million-2017-11/?international=true&r=UK',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Someone bought two pizzas with 10,000 bitcoins in 2010 — those coins are now worth $100 million',
    blocks: [
      '- Bitcoin has just reached all-time highs of $10,000.',
      '- In 2010, a developer paid 10,000 bitcoins for two pizzas.',
      '- Those bitcoins are now worth a whopping $100 million.',
      'The price of a single bitcoin has now reached $10,000 – so 10,000 of them would be worth a staggering $100 million (£75 million).',
      'Bitcoin is going nuclear. Only a year ago it traded at less than $750, having deflated from what then looked like giddy highs of about $1,100 (£847) in late 2013.',
      '“10k is a seminal moment for bitcoin and cryptocurrencies in general,” CryptoCompare CEO Charles Hayter said in an emailed statement.',
    ],
    expect: [
      p('$10,000', 10000),
      o('$100 million', 100e6),
      p('$10,000', 10000),
      o('$100 million', 100e6),
      o('£75 million', 75e6, 'GBP'),
      p('$750', 750),
      p('$1,100', 1100),
      p('£847', 847, 'GBP'),
    ],
  },
];
