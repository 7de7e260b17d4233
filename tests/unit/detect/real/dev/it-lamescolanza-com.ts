import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.lamescolanza.com/20171208/bitcoin-19mila/',
    lang: 'it',
    tags: ['prose', 'change', 'format'],
    title: 'Bitcoin a 19mila',
    blocks: [
      "Una seduta così il bitcoin non l'aveva mai vissuta: la corsa al rialzo continua, con oscillazioni da brivido e quotazioni che tra una piattaforma e l'altra divergono anche di 2.000-2.500 dollari. In prima serata, poco dopo aver conquistato i 18.000 dollari, la valuta digitale è salita sopra i 19.000 dollari su Gdax di Coinbase, dove in serata passava di mano a 17,000. Negli stessi minuti su Bitfinex era quotata intorno a 15.500.",
      'Resta comunque un guadagno di circa 4mila dollari in due giorni, con picchi di circa 7.000 dollari. Bitcoin vale ora oltre 270 miliardi di dollari di capitalizzazione.',
    ],
    expect: [
      o('2.000', 2000),
      o('2.500 dollari', 2500),
      p('18.000 dollari', 18000),
      p('19.000 dollari', 19000),
      p('17,000', 17000),
      p('15.500', 15500),
      o('4mila dollari', 4000),
      o('7.000 dollari', 7000),
      o('270 miliardi di dollari', 270e9),
    ],
  },
];
