import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.xataka.com/criptomonedas/iran-incauta-1-000-maquinas-destinadas-a-minar-bitcoin-despues-que-subiese-7-consumo-electricidad',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Irán incauta 1.000 máquinas destinadas a minar Bitcoin',
    blocks: [
      'La electricidad en Irán es especialmente barata y minar criptomonedas requiere mucha electricidad: el país se ha convertido en un lugar ideal para minar, tanto que su consumo eléctrico subió un 7% en las últimas semanas.',
      'Como comentan en Magnet, el kilowatio/hora en Irán solo cuesta unos 0,005 euros frente a los más de 0,11 euros que cuesta en España, por ejemplo.',
      'Mosques receive free energy in Iran. Iranians have set up Bitcoin miners in them. There’s around 100 here, producing around $260,000 USD a year.',
    ],
    expect: [o('0,005 euros', 0.005, 'EUR'), o('0,11 euros', 0.11, 'EUR'), o('$260,000 USD', 260000)],
  },
  {
    url: 'https://www.xataka.com/criptomonedas/muchos-mineros-bitcoin-paran-maquinas-caida-picado-su-valor-hace-que-momento-no-compense-producir',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Muchos mineros de bitcoin paran sus máquinas',
    blocks: [
      'Los servicios que monitorizan la producción de criptodivisas muestran fuertes reducciones de la minería en los últimos días.',
      'El agregador F2Pool mostraba cómo el hashrate había caído de 124 EH/s a 102 EH/s, mientras el valor de bitcoin había caído de 9.000 a 4.800 dólares.',
    ],
    expect: [p('9.000', 9000), p('4.800 dólares', 4800)],
  },
];
