import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.lastampa.it/2018/02/06/economia/bitcoin-a-picco-sotto-i-dollari-WFEh5mER9Rh7Iv6nhS7nMK/pagina.html',
    lang: 'it',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Bitcoin a picco sotto i 6.000 dollari',
    blocks: [
      'Nelle ultime ore il prezzo di Bitcoin è crollato ancora, bucando la soglia dei 6.000 dollari fino a 5.900 per poi risalire a 6.500 dollari. Un -16% in 24 ore, dopo un mese di vendite in cui la criptovaluta ha perso circa 10.000 dollari, oltre il 60%.',
      "Bitcoin è così tornato ai livelli dell'ottobre 2017, quando partì la corsa che lo portò al massimo di 19.200 dollari il 18 dicembre.",
      'Su Coinbase Ethereum passa di mano a 643 dollari (-20%) e Bitcoin Cash a 861 dollari (-18%).',
    ],
    expect: [
      p('6.000 dollari', 6000),
      p('5.900', 5900),
      p('6.500 dollari', 6500),
      o('10.000 dollari', 10000),
      p('19.200 dollari', 19200),
      o('643 dollari', 643),
      o('861 dollari', 861),
    ],
  },
];
