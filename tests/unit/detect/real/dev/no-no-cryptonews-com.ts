import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://no.cryptonews.com/nyheter/bitcoin-halving.htm',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Bitcoin Halvering – Hva det er og hvordan påvirker det Bitcoin',
    blocks: [
      'I dag tildeles de som miner bitcoins, altså de som utvinner nye bitcoin-mynter, 6,25 BTC per blokk de validerer. Det betyr at man får BTC-mynter til en verdi av 4,2 millioner kroner, om vi baserer oss på dagens kurs.',
      'Etter halveringen, som ventes i april 2024, tildeles man 3,125 BTC per validert blokk, noe som tilsvarer rundt 2,1 millioner kroner sett i forhold til nåværende kurs.',
    ],
    expect: [o('4,2 millioner kroner', 4.2e6, 'NOK'), o('2,1 millioner kroner', 2.1e6, 'NOK')],
  },
  {
    url: 'https://no.cryptonews.com/nyheter/husholdninger-kryptomining.htm',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Husholdninger må betale store summer for kryptomining',
    blocks: [
      {
        heading: 'Høyere Bitcoin-priser gir høyere strømregning',
        text: 'Forskere ved University of California (Berkeley) og University of Chicago hevder at husholdninger i delstaten New York, et populært område for datasentre og kryptomining, betaler over 200 millioner dollar ekstra i året på grunn av strømforbruket til utvinning av kryptovaluta. I norske kroner tilsvarer dette rundt 2,2 milliarder.',
      },
      {
        heading: 'Negative konsekvenser på bedrifter',
        text: 'I samme delstat øker strømregningene for små bedrifter med over 90 millioner dollar, som tilsvarer rundt 1 milliard kroner.',
      },
    ],
    expect: [
      o('200 millioner dollar', 2e8),
      o('2,2 milliarder', 2.2e9, 'NOK'),
      o('90 millioner dollar', 9e7),
      o('1 milliard kroner', 1e9, 'NOK'),
    ],
  },
];
