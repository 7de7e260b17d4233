import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://support.bitvavo.com/hc/nl/articles/4405175148689-Wat-zijn-de-handelskosten-bij-het-kopen-en-verkopen-van-digitale-valuta-',
    lang: 'nl',
    tags: ['format', 'label-value'],
    title: 'Wat zijn de handelskosten bij het kopen en verkopen van digitale valuta?',
    blocks: [
      {
        heading: 'Voorbeeld handelskosten',
        text: 'Stel, u verkoopt voor €1000 Bitcoin en betaalt de maximale (taker)fee van 0,25%. €1000 * 0,25% = €2,50 handelskosten, dus u ontvangt €997,50. De kosten worden direct in de transactie verrekend.',
      },
    ],
    expect: [
      o('€1000', 1000, 'EUR'),
      o('€1000', 1000, 'EUR'),
      o('€2,50', 2.5, 'EUR'),
      o('€997,50', 997.5, 'EUR'),
    ],
  },
];
