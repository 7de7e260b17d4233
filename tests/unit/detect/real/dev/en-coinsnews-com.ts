import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsnews.com/i-just-lost-750k-net-worth-and-im-not-selling',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title: 'I just lost $750k net worth and I’m not selling',
    blocks: [
      'I just lost $750k net worth and I’m not selling',
      'First, my annual income has ranged quite wildly from $100-180k for over a decade but I also live in an expensive metropolitan area where 1,500 sq ft of a condo or modest single-family home sells for $1.5m. A financial advisor called me earnestly "solidly middle class." So, $750k is significant.',
      'I bought about $50k over various buys in 2013-2014. At the time, I’d say that was about 15% of my net worth.',
      'I have never once sold any bitcoin. All purchases go right into cold storage. I watched all the big dips. 30-50% drops in violently fast intervals. Long recoveries. Never touched it.',
      'So why do I hold bitcoin and not sell it? For many reasons already espoused endlessly on this forum, but here’s a simple take: If one bitcoin is worth $1, it’s basically worth over $1 million. It’s either valueless or should be priced at whatever would account for the entire world’s business conducted in direct btc transactions.',
    ],
    expect: [
      o('$750k', 750000),
      o('$100', 100000),
      o('180k', 180000),
      o('$1.5m', 1.5e6),
      o('$750k', 750000),
      o('$50k', 50000),
      p('$1', 1),
      p('$1 million', 1e6),
    ],
  },
];
