import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.zazoom.it/2021-01-11/il-bitcoin-ha-iniziato-il-2021-con-il-calo-piu-profondo-da-marzo-2020-2/7916992/',
    lang: 'it',
    tags: ['prose', 'change', 'format', 'anaphora'],
    title: 'Il bitcoin ha iniziato il 2021 con il calo più profondo da marzo 2020',
    blocks: [
      'Il bitcoin ha iniziato il 2021 con il calo più profondo da marzo 2020',
      'Il bitcoin resta fedele a sé stesso e continua la sua corsa fra oscillazioni violente. Tra domenica e lunedì la criptovaluta più nota al mondo è passata da quasi 40mila dollari a circa 31mila. Eppure venerdì scorso, nella settimana del suo dodicesimo compleanno, aveva segnato il record di sempre, quasi 42mila dollari, dopo mesi di salita.',
      'Guardando alla capitalizzazione complessiva del mercato delle criptovalute, nello stesso lasso di tempo sono andati in fumo 200 miliardi di dollari, a partire da 1.100 miliardi di dollari della domenica mattina (dati Coinmarketcap).',
    ],
    expect: [
      p('40mila dollari', 40000),
      p('31mila', 31000),
      p('42mila dollari', 42000),
      o('200 miliardi di dollari', 200e9),
      o('1.100 miliardi di dollari', 1100e9),
    ],
  },
];
