import { o, type RealCase } from '../labels';

// Opinion piece: the only amount is the value of one block reward, not a price per coin.
export const cases: RealCase[] = [
  {
    url: 'https://joop.bnnvara.nl/opinies/buurman-wil-rijk-worden-met-bitcoins-hele-straat-moet-bloeden',
    lang: 'nl',
    tags: ['prose'],
    title: 'Buurman wil rijk worden met Bitcoins, hele straat moet bloeden',
    blocks: [
      'Hoe kan het dat een huis midden in een typische woonwijk omgebouwd wordt tot een energievretende Bitcoinmijn?',
      'Terwijl honderdduizenden gezinnen in energiearmoede leven, kan deze buurman vanaf februari gaan cashen. Als zijn computer als eerste een rekensom oplost, ontvangt hij met een groep andere miners 6,25 bitcoins. Tegen de huidige koers is dat ruim 230.000 euro. Elke tien minuten.',
    ],
    expect: [o('230.000 euro', 230000, 'EUR')],
  },
];
