import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://technieuws.com/66832/bitcoin-pizza-dag-22-05-2020-vandaag-is-het-tien-jaar-geleden',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Pizza Dag 22-05-2020: vandaag is het tien jaar geleden',
    blocks: [
      'Op 22 mei 2010 is Bitcoin Pizza Day ontstaan. Laszlo Hanyecz betaalde voor twee pizza’s 10.000 Bitcoin, destijds goed voor ongeveer 40 dollar. Had hij de Bitcoin gehouden, dan was dat nu goed voor 40 miljoen dollar.',
      {
        text: 'In 2010 was 10.000 Bitcoin weinig waard; nu ligt dat anders, want de waarde staat momenteel op 9.130 dollar per Bitcoin. Alles samen zou daarmee uitkomen op ruim 91.3 miljoen dollar.',
        heading: 'Huidige waarde',
      },
      {
        text: 'De waarde van de Bitcoin en de hele cryptomarkt groeide enorm in 2017. Op het hoogtepunt bereikte de Bitcoin een waarde van 20.000 dollar.',
        heading: 'Langzaam, maar enorme stijging in 2017',
      },
      'In 2010 kenden vooral mensen op forums de Bitcoin. Pas in 2011 kreeg hij aandacht en steeg de prijs met 258,7 procent. In 2012, na een diefstal van 50.000 Bitcoin, daalde de waarde weer naar 5 dollar.',
    ],
    expect: [
      o('40 dollar', 40),
      o('40 miljoen dollar', 40e6),
      p('9.130 dollar', 9130),
      o('91.3 miljoen dollar', 91.3e6),
      p('20.000 dollar', 20000),
      p('5 dollar', 5),
    ],
  },
];
