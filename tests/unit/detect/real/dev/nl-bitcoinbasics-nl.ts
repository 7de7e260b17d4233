import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://bitcoinbasics.nl/bitcoin-vs-euro',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'De waarde van Bitcoin vs. de waarde van Euro',
    blocks: [
      'Vaak wordt gevraagd waarom Bitcoin waarde heeft. Het antwoord is simpel: omdat wij dat geloven, net als bij de Euro of de Dollar. Om een passende vergelijking te maken doen we dit voor een biljet van €50,- en voor 1 Bitcoin.',
      {
        heading: 'De waarde van een €50,- biljet',
        text: 'Uit cijfers van de Europese Centrale Bank volgt dat Nederland in het jaar 2016 uitsluitend biljetten van €50 heeft geleverd.',
      },
      {
        heading: 'De waarde van een €50,- biljet',
        text: 'Als we de jaarrekening van De Nederlandsche Bank er opnieuw op naslaan, zien we dat er minimaal 482 miljoen nieuwe biljetten van €50 zijn geproduceerd.',
      },
    ],
    expect: [o('€50,-', 50, 'EUR'), o('€50', 50, 'EUR'), o('€50', 50, 'EUR')],
  },
];
