import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcointelex.nl/2016/05/10/lage-transactiekosten-houdbaar-bitcoin-netwerk/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Lage transactiekosten niet houdbaar voor Bitcoin netwerk',
    blocks: [
      'Lage transactiekosten niet houdbaar voor Bitcoin netwerk',
      {
        heading: 'Vergoeding per transactie',
        text: 'Tot vorig jaar was een transactiekost van 0,0001 BTC (4 eurocent) de regel. Maar door het stijgende aantal transacties en de langere wachttijd om een transactie te verwerken, zetten gebruikers nu vaker een transactievergoeding van 0,0003-0,0005 BTC of hoger.',
      },
    ],
    expect: [o('4 eurocent', 0.04, 'EUR')],
  },
];
