import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lavozdegalicia.es/noticia/economia/2022/05/11/brusca-caida-bitcoin-pone-jaque-inversion-45-millones-espanoles/0003_202205G11P27994.htm',
    lang: 'es',
    tags: ['prose'],
    title: 'La brusca caída del bitcóin pone en jaque la inversión de 4,5 millones de españoles',
    blocks: [
      'En momentos de incertidumbre, la salida de los activos de riesgo es generalizada. Es un reto para una economía como la española, ya la quinta de Europa por volumen de transacciones de criptoactivos, según el Banco de España: el año pasado ese volumen rozó los 60.000 millones de euros, un 4,8 % del PIB.',
      'Sobre el bitcóin, Javier Molina, portavoz de eToro en España, indica que «si los precios consiguen recuperar los 35.000 dólares, no será hasta ver la superación de los 40.000 dólares que pensaremos en otras opciones alcistas».',
    ],
    expect: [
      o('60.000 millones de euros', 60e9, 'EUR'),
      p('35.000 dólares', 35000),
      p('40.000 dólares', 40000),
    ],
  },
];
