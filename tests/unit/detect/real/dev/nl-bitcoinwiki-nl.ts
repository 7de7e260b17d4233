import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinwiki.nl/index.php?oldid=790&title=Lightning&veaction=edit',
    lang: 'nl',
    tags: ['prose'],
    title: 'Lightning',
    blocks: [
      'Met Lightning kan je razendsnel goedkope microbetalingen in bitcoin doen.',
      {
        heading: 'Introductie',
        text: "Bitcoin-transacties zijn relatief kostbaar, omdat er maar beperkte ruimte is op de blockchain: zo'n 1500 transacties per blok, dus per 10 minuten. Alle mensen die een Bitcoin-transactie aanbieden, concurreren om een plaatsje in een blok, wat de prijs voor een 'toegangskaartje' ('fee') opdrijft.",
      },
      {
        heading: 'Introductie',
        text: 'Wat als onze bierdrinkende klant weggaat zonder te betalen? Een remedie zou kunnen zijn dat klanten die op de pof bestellen eerst een borg betalen, bijv 50 euro op de bar leggen. Maar wat als de barman zich niet netjes gedraagt en de 50 euro pakt en de zaak sluit?',
      },
    ],
    expect: [o('50 euro', 50, 'EUR'), o('50 euro', 50, 'EUR')],
  },
];
