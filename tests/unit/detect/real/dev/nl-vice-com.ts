import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.vice.com/nl/article/bitcoin-is-nu-meer-waard-dan-disney-of-mcdonalds-2/',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: "Bitcoin is nu meer waard dan Disney of McDonald's",
    blocks: [
      'De koers van Bitcoin staat nu op een recordhoogte van 10.000 dollar, en het ziet er niet naar uit dat de stijging snel stopt.',
      'Maandag stond de koers op sommige beurzen al op 9.700 dollar; een Bitcoin-token was daarmee al vijftien procent meer waard dan de vrijdag ervoor. Begin 2017 stond de koers van Bitcoin nog op 1.000 dollar.',
      'De totale waarde van de Bitcoins in omloop ligt nu al boven de 160 miljard dollar, meer dan de marktwaarde van IBM, McDonald’s of Disney.',
    ],
    expect: [
      p('10.000 dollar', 10000),
      p('9.700 dollar', 9700),
      p('1.000 dollar', 1000),
      o('160 miljard dollar', 160e9),
    ],
  },
];
