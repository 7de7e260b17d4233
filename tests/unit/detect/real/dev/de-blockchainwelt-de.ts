import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchainwelt.de/news/bitcoin-verliert-1-000-in-nur-15-minuten',
    lang: 'de',
    tags: ['change', 'prose'],
    title: 'Bitcoin verliert $1.000 in nur 15 Minuten',
    blocks: [
      'Bitcoin verliert $1.000 in nur 15 Minuten',
      'Der plötzliche Rückgang ohne erkennbaren fundamentalen Auslöser hat Futures-Positionen im Wert von Millionen von Dollar in den Abgrund gerissen.',
      'Bitcoin (BTC) fiel am Mittwoch gegen 10 Uhr deutscher Zeit plötzlich um 1.000 US-Dollar. Auch die nächste Tausendermarke ist nicht mehr weit. Binnen 15 Minuten waren die Kursgewinne der vergangenen Tage zunichte.',
      'Vermutet wird ein Long-Squeeze, denn es wurden Bitcoin-Futures im Wert von mehr als 25 Millionen US-Dollar aufgelöst. 98 Prozent davon waren Long-Positionen, also Wetten auf steigende Kurse.',
      'Der Einbruch löste einen allgemeinen Ausverkauf am Kryptomarkt aus, der insgesamt um 3 % nachgab. Auch Ethereum (ETH) rutschte wieder unter die wichtige psychologische Marke von 2.000 US-Dollar.',
    ],
    expect: [
      o('$1.000', 1000),
      o('1.000 US-Dollar', 1000),
      o('25 Millionen US-Dollar', 25e6),
      o('2.000 US-Dollar', 2000),
    ],
  },
];
