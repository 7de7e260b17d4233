import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockoria.com/es/news/bitcoin-and-mining-the-week-when-the-economics-of-the-network-became-the-main-graph-189',
    lang: 'es',
    tags: ['prose', 'change', 'format'],
    title: 'Bitcoin y minería: la semana en que la economía de la red se convirtió en el gráfico principal',
    blocks: [
      'A mediados de diciembre, el mercado de Bitcoin volvió a demostrar que el precio es solo una parte de la historia. En la semana las cotizaciones cayeron alrededor de un 4,3%: de la zona de 89.956 dólares a 86.076 dólares, y desde principios de año el balance es de aproximadamente -7,9%.',
      'Según el resumen semanal de Luxor/Hashrate Index, los mineros recibieron unos 3.168 BTC en recompensas por bloque en los últimos siete días, unos 287 millones de dólares. Las comisiones solo sumaron 18 BTC, unos 1,7 millones de dólares, menos del 1% de los ingresos.',
      'El principal barómetro es el hashprice, los ingresos por unidad de hashrate: en dólares cayó de 38,60 a 36,75 dólares por PH/s al día. Las granjas más eficientes (hasta 19 J/TH) sacan unos 94 dólares por MWh, las del rango 19-25 J/TH unos 72 dólares y las menos eficientes (25-38 J/TH) unos 50 dólares.',
    ],
    expect: [
      p('89.956 dólares', 89956),
      p('86.076 dólares', 86076),
      o('287 millones de dólares', 287e6),
      o('1,7 millones de dólares', 1.7e6),
      o('38,60', 38.6),
      o('36,75 dólares', 36.75),
      o('94 dólares', 94),
      o('72 dólares', 72),
      o('50 dólares', 50),
    ],
  },
];
