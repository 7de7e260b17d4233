import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.headtopics.com/news/la-inversi-n-en-bitcoin-de-el-salvador-sufre-en-medio-del-colapso-de-las-criptomonedas-27266603',
    lang: 'es',
    tags: ['prose'],
    title: 'La inversión en bitcoin de El Salvador sufre en medio del colapso de las criptomonedas',
    blocks: [
      'El Salvador apostó por el bitcoin como ningún otro país, y el gobierno compró cientos de monedas el año pasado al anunciar que la criptomoneda sería de curso legal. Pero con el enfriamiento del mercado cripto, su inversión pierde valor rápidamente, por al menos US$ 50 millones.',
      'Desde septiembre de 2021, el gobierno de El Salvador, encabezado por Nayib Bukele, ha acumulado 2.301 bitcoins por valor de US$ 103 millones. Ahora valen alrededor de US$ 51 millones. El lunes, el valor del bitcoin cayó por debajo de los US$ 24.000, su nivel más bajo desde diciembre de 2020.',
    ],
    expect: [
      o('US$ 50 millones', 50e6),
      o('US$ 103 millones', 103e6),
      o('US$ 51 millones', 51e6),
      p('US$ 24.000', 24000),
    ],
  },
];
