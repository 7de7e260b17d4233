import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewz.pages.dev/crypto-news-cryptonews.com/es/noticias/precio-bitcoin-coste-minar-suelo-mercado-actualizado',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title:
      'Precio de Bitcoin: minar 1 BTC ya cuesta 74.600 dólares en efectivo y hasta 137.800 con todos los gastos',
    blocks: [
      'Precio de Bitcoin: minar 1 BTC ya cuesta 74.600 dólares en efectivo y hasta 137.800 con todos los gastos',
      'Según el nuevo informe de CoinShares, las mineras cotizadas pagan 74.600 dólares en efectivo por cada BTC y unos 137.800 dólares si se suman todos los gastos.',
      'Bitcoin (BTC)\n24h7d30d1yAll time',
      {
        text: '• Las mineras de Bitcoin que cotizan en bolsa tienen un coste medio en efectivo de 74.600 dólares por BTC.',
        heading: 'Hechos clave:',
      },
      {
        text: '• Al sumar amortizaciones y otros conceptos, el coste total ronda los 137.800 dólares por Bitcoin.',
        heading: 'Hechos clave:',
      },
    ],
    expect: [
      c('74.600 dólares', 74600),
      c('137.800', 137800),
      c('74.600 dólares', 74600),
      c('137.800 dólares', 137800),
      c('74.600 dólares', 74600),
      c('137.800 dólares', 137800),
    ],
  },
];
