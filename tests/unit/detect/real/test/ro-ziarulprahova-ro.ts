import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://ziarulprahova.ro/2020/11/cresteri-spectaculoase-pentru-moneda-virtuala-bitcoin/',
    lang: 'ro',
    tags: ['prose', 'anaphora'],
    title: 'Creșteri spectaculoase pentru moneda virtuală bitcoin',
    blocks: [
      'Bitcoin a urcat joi cu peste 7% și s-a tranzacționat la peste 15.000 de dolari, cel mai înalt nivel din ultimii trei ani, pe fondul interesului crescând pentru criptomonede și al slăbirii dolarului american, relatează CNN.',
      'Dacă bitcoin își continuă creșterea, s-ar putea să nu treacă mult până va atinge maximul istoric de puțin sub 20.000 de dolari din decembrie 2017.',
      'Prețurile aurului, care au atins un record de peste 2.000 de dolari pe uncie la începutul anului, au crescut cu aproximativ 30% în 2020.',
      'Creșterea bitcoinului în acest an este cu atât mai remarcabilă cu cât acesta scăzuse sub 5.000 de dolari la mijlocul lui martie.',
    ],
    expect: [
      p('15.000 de dolari', 15000),
      p('20.000 de dolari', 20000),
      o('2.000 de dolari', 2000),
      p('5.000 de dolari', 5000),
    ],
  },
];
