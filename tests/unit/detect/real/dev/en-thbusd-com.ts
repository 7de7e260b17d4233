import { p, type RealCase } from '../labels';

// A satirical market post: a level in "k" and the realized-cap cost basis (an average purchase price per coin).
export const cases: RealCase[] = [
  {
    url: 'https://thbusd.com/?p=12930',
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title: 'BTC Tragedy: 70% of Investors Drowning in Red 😭📉 #CryptoChaos',
    blocks: [
      'Over 70% of Bitcoin investments are underwater as prices drop, triggering record ETF volume and growing market stress.',
      'Bitcoin, with the grace of a drunk ballerina, stumbled into the $80k abyss and set off a symphony of panic across the market. 🚨',
      'This chart plots the USD value of every coin, priced at its last transaction. A collective cost basis, if you will — a ledger of regrets. 📜',
      'Analyst James Check noted that 71.2% of Bitcoin’s realized capitalization clings to a cost basis above $86,500. Falling below this line left investors stuck like flies in amber, their losses swelling as prices drift lower. 💃🕺',
    ],
    expect: [p('$80k', 80000), p('$86,500', 86500)],
  },
];
