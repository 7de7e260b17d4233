import { o, p, type RealCase } from '../labels';

// Spanish news mixing "$78,815" (comma thousands) and "$78.815" (dot thousands) for the same per-coin price.
export const cases: RealCase[] = [
  {
    url: 'https://blockchainjournal.news/es/?p=33176',
    lang: 'es',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'Strategy adquirió 1,142 bitcoins por aproximadamente $90 millones. El precio promedio de cada BTC se situó en $78,815, y la compra se financió con la venta de 616,715 acciones de MSTR.',
      'La última adquisición elevó sus tenencias totales a 714.644 BTC, con un costo de compra agregado de $54.350 millones. Según los datos de la compañía, el costo promedio fue de $76.056 por bitcoin.',
      'Las compras se ejecutaron a lo largo de una semana a comienzos de febrero. En ese período, Strategy adquirió 1.142 BTC por aproximadamente $90 millones, a un precio promedio cercano a los $78.815 por bitcoin. La operación se financió principalmente con la venta de 616.715 acciones de MSTR mediante su programa “at-the-market” (ATM), que generó ingresos netos estimados en $89,5 millones.',
      {
        heading: 'Efectos contables de Strategy y futuras posibles compras de la compañía',
        text: 'Strategy registra bitcoin como un activo intangible bajo normas GAAP. En ese marco, la compañía reportó recientemente una pérdida neta de $12.400 millones en el cuarto trimestre de 2025, impulsada en gran medida por cargos de deterioro no monetarios. A precios actuales, las pérdidas no realizadas en su posición en bitcoin rondaban los $5.000 millones.',
      },
    ],
    expect: [
      o('$90 millones', 90e6),
      p('$78,815', 78815),
      o('$54.350 millones', 54.35e9),
      p('$76.056 por bitcoin', 76056),
      o('$90 millones', 90e6),
      p('$78.815 por bitcoin', 78815),
      o('$89,5 millones', 89.5e6),
      o('$12.400 millones', 12.4e9),
      o('$5.000 millones', 5e9),
    ],
  },
];
