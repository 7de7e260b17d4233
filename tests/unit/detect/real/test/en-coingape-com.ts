import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coingape.com/gold-flash-crash-would-golds-loss-be-bitcoins-btc-gain/amp',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Gold Flash Crash: Would Gold’s Loss Be Bitcoin’s (BTC) Gain?',
    blocks: [
      'Gold kept sliding into the new week as its price flash-crashed in the Asian session, briefly falling below $1,700/oz, a nearly six-month low. It has since bounced a little and traded at $1,746 at the time of writing.',
      'The traditional store of value is down 8% in 2021 and 14.87% below its all-time high of $2,040 from August 2020.',
      {
        heading: 'Bitcoin Looks to Consolidate on Gold’s Loss',
        text: 'The top cryptocurrency has also woken from almost three months of sideways trading, breaking out of the $30K-$40K price range.',
      },
      {
        heading: 'Bitcoin Looks to Consolidate on Gold’s Loss',
        text: 'It is currently trading at $43,556, down from a daily high of $45,246.',
      },
    ],
    expect: [
      o('$1,700', 1700),
      o('$1,746', 1746),
      o('$2,040', 2040),
      p('$30K', 30000),
      p('$40K', 40000),
      p('$43,556', 43556),
      p('$45,246', 45246),
    ],
  },
];
