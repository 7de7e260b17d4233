import { o, p, type RealCase } from '../labels';

// A 2013 round-up of social reactions to $1,000 Bitcoin: an embedded tweet listing "1BTC = $1 ... $1000"
// milestones, a quoted Hacker News comment with a crash target, and totals (a pizza, a lost laptop) as others.
const url = 'https://old.gigaom.com/2013/11/27/1000-bitcoin-what-people-are-saying/';
const title = '$1,000 Bitcoin: what people are saying';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'format', 'prose'],
    title,
    blocks: [
      '$1,000 Bitcoin: what people are saying',
      'In a few short months, Bitcoin has gone from novelty to full-blown mania. In the last month alone, the virtual currency blew through the $400 and $700 mark and charmed Washington DC. Now it is up over 6 percent in the last week and has cracked $1,000 on a popular exchange. This tweet sums up the price:',
      'BTC Prices: 1BTC = $1 Feb 2011 1BTC = $10 Jun 2011 1BTC = $100 Apr 2013 1BTC = $1000 Nov 2013 (via @coindesk)',
      '— Adam Nash (@adamnash) November 27, 2013',
    ],
    expect: [
      p('$1,000', 1000),
      p('$400', 400),
      p('$700', 700),
      p('$1,000', 1000),
      p('$1', 1),
      p('$10', 10),
      p('$100', 100),
      p('$1000', 1000),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'prose', 'anaphora'],
    title,
    blocks: [
      'The $1,000 hype has set off a lively discussion on sites like Hacker News, where some people suggest the price is heading ever upwards:',
      'Others, of course, are more skeptical and think something else will happen:',
      'You should take into account that if things go as usual, there will probably be a crash in the next few days, leaving the price around $500 for a while.',
      'Bitcoin hitting $1,000 is also triggering pangs of regret, including among those who bought a pizza that was worth $750,000 in May (and now much more).',
      'Paging Hollywood RT @dansinker: OMG MT @moorehn: Buried in a landfill is a laptop with $6.5 million of Bitcoins.',
    ],
    expect: [
      p('$1,000', 1000),
      p('$500', 500),
      p('$1,000', 1000),
      o('$750,000', 750000),
      o('$6.5 million', 6.5e6),
    ],
  },
];
