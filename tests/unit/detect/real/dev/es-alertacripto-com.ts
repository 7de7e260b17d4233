import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://alertacripto.com/bitcoin/strategy-supera-500000-bitcoin/',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'Strategy, anteriormente conocida como Microstrategy, la empresa de Michael Saylor, continúa expandiendo su estrategia de inversión en Bitcoin (BTC), alcanzando un hito histórico al superar las 500,000 unidades en su balance.',
      {
        text: 'Medios informaron que, entre el 17 y el 23 de marzo de 2025, Strategy adquirió 6,911 BTC por un total de $584 millones. El precio promedio por unidad fue de $84,529, lo que demuestra su confianza en la resiliencia de BTC.',
        heading: 'Movimientos desde Strategy',
      },
      'Con esta nueva adquisición, la compañía eleva su tenencia total a 506,137 BTC. En total, se han invertido aproximadamente $33.7 mil millones en la compra de estos activos, con un precio promedio de adquisición de $66,608 por BTC.',
      {
        text: 'Para llevar a cabo esta compra, Strategy recurrió a la emisión de acciones preferentes con un precio de $85 por unidad y un cupón del 10%. Se espera que la compañía recaude cerca de $711 millones con esta oferta, cuya liquidación está programada para el 25 de marzo.',
        heading: 'El respaldo financiero detrás de la jugada',
      },
    ],
    expect: [
      o('$584 millones', 584e6),
      p('$84,529', 84529),
      o('$33.7 mil millones', 33.7e9),
      p('$66,608', 66608),
      o('$85', 85),
      o('$711 millones', 711e6),
    ],
  },
];
