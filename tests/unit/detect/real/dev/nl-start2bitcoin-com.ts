import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://start2bitcoin.com/bitcoin-koers-verwachting-voor-2021/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin koers verwachting voor 2021',
    blocks: [
      'Kleine geschiedenis van de bitcoin koers',
      {
        heading: 'Fase 1: ontdekking',
        text: 'Op 3 januari 2009 werd de bitcoinsoftware gelanceerd door een onbekende die zich Satoshi Nakamoto noemde. Precies een week later voorspelde Hal Finney, computeringenieur en cypherpunk, dat bitcoin kon doorgroeien naar een waarde van $10 miljoen per bitcoin. Niet veel later, in 2010, verscheen met Mt. Gox de eerste exchange. De interesse was gewekt en een bitcoin kreeg voor het eerst een prijs. Die steeg al snel van enkele centen tot een piek van $31 in 2011.',
      },
      {
        heading: 'Fase 2: analyse',
        text: 'Mt. Gox verwerkte al snel het merendeel van alle bitcoins in circulatie, naar schatting zo’n 70%. Dat trok de aandacht van hackers en in 2011 werd de exchange voor het eerst gekraakt. Ondanks de aanval bleef de waarde van bitcoin groeien en steeg de prijs naar $1.165.',
      },
    ],
    expect: [p('$10 miljoen', 10e6), p('$31', 31), p('$1.165', 1165)],
  },
];
