import { p, type RealCase } from '../labels';

// Short explainer: "un bitcoin pasó de valer US$1.000 a US$68.000".
export const cases: RealCase[] = [
  {
    url: 'http://cordobadirecto.com/index.php/2022/06/14/criptoinvierno-las-claves-para-entender-la-caida-del-valor-de-las-criptomonedas-a-nivel-mundial',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Criptoinvierno: las claves para entender la caída del valor de las criptomonedas a nivel mundial',
    blocks: [
      'Esta palabra se refiere a las caídas pronunciadas que han experimentado los precios de criptomonedas como el bitcoin en los últimos meses.',
      'Entre 2017 y 2021, un bitcoin pasó de valer US$1.000 a US$68.000. Sin embargo, en los últimos meses, ha perdido la mitad de su valor.',
    ],
    expect: [p('US$1.000', 1000), p('US$68.000', 68000)],
  },
];
