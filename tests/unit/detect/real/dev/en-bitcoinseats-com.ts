import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinseats.com/winds-of-change-bitcoin-miner-riot-sees-substantial-increase-in-btc-holdings/amp',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Winds Of Change: Bitcoin Miner Riot Sees Substantial Increase In BTC Holdings',
    blocks: [
      'Bitcoin mining has grown a lot this year: the network set a new all-time high in hash rate in the second quarter, and mining revenue rose as transaction volume spiked.',
      'Riot Blockchain, one of the largest listed Bitcoin miners in the US, produced 1,775 BTC in the second quarter of 2023, 27% more than the 1,395 BTC it mined in the same period of 2022.',
      'In May 2023 alone the company mined 676 BTC, an average of 21.8 BTC per day. The average cost to mine each bitcoin was $8,389, better than Q2 2022’s average of $11,316.',
      'Mining revenue rose across the industry too, with Bitcoin miners generating a total of $2.4 billion. Although Bitcoin traded 15% lower over the quarter than in Q2 2022, Riot posted total revenue of $76.7 million, against $72.9 million in Q2 2022. Mining revenue ($49.7 million), engineering revenue ($19.3 million), data hosting revenue ($7.7 million) and power curtailment credits ($13.5 million) were all higher than a year earlier.',
      'Riot’s bitcoin holdings have grown as well. As of June 30 it held 7,264 BTC, with each BTC priced at $30,477.',
      'In total, Riot ended the quarter with $408.4 million in working capital, including $289.2 million in cash and $221.4 million in Bitcoin, and cut its net loss to $27.7 million from $353.6 million in Q2 2022.',
    ],
    expect: [
      c('$8,389', 8389),
      c('$11,316', 11316),
      o('$2.4 billion', 2.4e9),
      o('$76.7 million', 76.7e6),
      o('$72.9 million', 72.9e6),
      o('$49.7 million', 49.7e6),
      o('$19.3 million', 19.3e6),
      o('$7.7 million', 7.7e6),
      o('$13.5 million', 13.5e6),
      p('$30,477', 30477),
      o('$408.4 million', 408.4e6),
      o('$289.2 million', 289.2e6),
      o('$221.4 million', 221.4e6),
      o('$27.7 million', 27.7e6),
      o('$353.6 million', 353.6e6),
    ],
  },
];
