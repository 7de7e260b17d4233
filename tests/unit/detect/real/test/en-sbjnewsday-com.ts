import { c, o, p, type RealCase } from '../labels';

// A machine-"spun" copy; "{dollars}" is the page's own template artefact.
export const cases: RealCase[] = [
  {
    url: 'https://sbjnewsday.com/what-are-the-costs-for-mining-bitcoin',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'What are the costs for mining Bitcoin?',
    blocks: [
      'Provided that 1 BTC has a market worth of about $60,000, all the nations where the common value of mining a Bitcoin is lower are places where one can mine profitably.',
      'For instance, in Libya the common extraction value for a single BTC is simply $5,300, in comparison with $39,700 in Russia. Even in Nigeria the prices are very low ($9,200), though the absolute lowest seems to be Iran, with solely $1,300.',
      'The ten cheapest also include Ethiopia (lower than $2,000), Sudan, Syria and Cuba (lower than $4,000), Angola and Kyrgyzstan ($8,600), and Bhutan ($9,900). In Bhutan it is the State that mines, having already collected 780 million {dollars} in BTC.',
    ],
    expect: [
      p('$60,000', 60000),
      c('$5,300', 5300),
      c('$39,700', 39700),
      c('$9,200', 9200),
      c('$1,300', 1300),
      c('$2,000', 2000),
      c('$4,000', 4000),
      c('$8,600', 8600),
      c('$9,900', 9900),
      o('780 million {dollars}', 780e6),
    ],
  },
];
