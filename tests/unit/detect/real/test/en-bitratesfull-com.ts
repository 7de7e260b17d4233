import { o, p, type RealCase } from '../labels';

// Crypto blog's daily market watch (2022): a "$40K" heading, BTC levels across a week (price) and a
// run of altcoin round numbers, market cap and a daily market-cap change (other).
export const cases: RealCase[] = [
  {
    url: 'https://bitratesfull.com/2022/04/26/bitcoin-reclaims-40k-dogecoin-soars-33-on-musk-twitter-news-market-watch/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format', 'change'],
    title: 'Bitcoin Reclaims $40K, Dogecoin Soars 33% on Musk-Twitter News (Market Watch)',
    blocks: [
      'After marking a multi-week low at $38,000, bitcoin went on the offensive and reclaimed $40,000.',
      'Bitcoin Reclaims $40K',
      {
        text: 'It all started on April 21 when the asset was rejected at $43,000. In a matter of hours it dumped to $40,000, and yesterday it slumped to just over $38,000. The bulls then pushed it back above $40,000, lifting its market cap to about $775 billion.',
      },
      {
        text: 'Ethereum traded at $2,800 after several days of losses, but a 7% increase pushed it just above $3,000. BNB now sits above $400 and SOL is north of $100, while Terra is just shy of $100.',
        heading: 'Dogecoin Leads the Alts’ Rally',
      },
      'Overall, the crypto market cap is up by over $100 billion in a day.',
    ],
    expect: [
      p('$38,000', 38000),
      p('$40,000', 40000),
      p('$40K', 40000),
      p('$43,000', 43000),
      p('$40,000', 40000),
      p('$38,000', 38000),
      p('$40,000', 40000),
      o('$775 billion', 775e9),
      o('$2,800', 2800),
      o('$3,000', 3000),
      o('$400', 400),
      o('$100', 100),
      o('$100', 100),
      o('$100 billion', 100e9),
    ],
  },
];
