import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.litebit.eu/nl/nieuws/netwerk-difficulty-bitcoin-blijft-stijgen',
    lang: 'nl',
    tags: ['cost', 'prose'],
    title: 'Netwerk difficulty Bitcoin blijft stijgen',
    blocks: [
      'De difficulty (moeilijkheid) van het Bitcoinnetwerk vestigt steeds nieuwe records. Sinds begin 2022 is ze met 30% gestegen, wat betekent dat miners wereldwijd opgeteld 30% extra capaciteit hebben en per eenheid rekenkracht 30% minder Bitcoin krijgen. Hoe kan dat rendabel zijn terwijl de prijs van Bitcoin daalt?',
      'Dat de prijs van Bitcoin gedaald is, zal de meeste miners nog geen zorgen baren. Volgens de CEO van Marathon, een grote miner uit de VS, is de Bitcoinprijs waarbij zij quitte spelen 6500 dollar. Voor wie niet zo grootschalig en efficiënt kan minen, ligt die prijs hoger.',
    ],
    expect: [c('6500 dollar', 6500)],
  },
];
