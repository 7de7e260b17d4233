import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://economie.hotnews.ro/stiri-finante-22092509-piata-monedelor-virtuale-depasit-200-miliarde-dolari-fondul-aprecierii-puternice-bitcoinului.htm',
    lang: 'ro',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'Piata monedelor virtuale a depasit 200 de miliarde de dolari, pe fondul aprecierii puternice a bitcoinului',
    blocks: [
      'Noul record vine in momentul in care cea mai cunoscuta moneda virtuala, bitcoinul, a depasit cotatia record de 7.500 de dolari pe site-ul luxemburghez de tranzactionare Bitstamp.Valoarea agregata de piata a bitcoinului este estimata la 120 de miliarde de dolari.',
      'A doua cea mai cunoscuta moneda virtuala, ether, are o valoare agregata sub 30 de miliarde. Restul de pana la 200 de miliarde de dolari vine de la alte circa 1.000 de monede virtuale.',
    ],
    expect: [
      p('7.500 de dolari', 7500),
      o('120 de miliarde de dolari', 120e9),
      o('200 de miliarde de dolari', 200e9),
    ],
  },
];
