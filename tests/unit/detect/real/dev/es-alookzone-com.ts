import { o, p, type RealCase } from '../labels';

// Treasury-purchase news: average prices per coin among totals in "mil millones".
export const cases: RealCase[] = [
  {
    url: 'https://www.alookzone.com/es-ES/news/strategy-adds-50m-in-bitcoin-holdings-to-crypto-stockpile/161271',
    lang: 'es',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'La compra se realizó entre el 3 y el 9 de noviembre de 2025, a un precio promedio de $102.557 por moneda, incluyendo comisiones.',
      'Esta última compra eleva las tenencias totales de Bitcoin de Strategy a 641.692 BTC, que la compañía adquirió por un total de $47,54 mil millones a un precio promedio de $74.079 por Bitcoin. A los precios actuales del mercado, este tesoro vale más de $67 mil millones, lo que convierte a Strategy en el mayor tenedor corporativo de Bitcoin del mundo.',
      'A diferencia de compras anteriores, Strategy no vendió acciones comunes para financiar esta adquisición. En cambio, recaudó aproximadamente $50 millones mediante ventas de acciones preferentes perpetuas.',
      'Strategy todavía tiene más de $15,8 mil millones en acciones comunes Clase A disponibles para ventas futuras.',
      'La racha de compras comenzó en agosto de 2020 bajo el liderazgo de Michael Saylor. En ese momento, el valor de mercado de Strategy era de solo $1,1 mil millones. Hoy ha crecido a casi $94 mil millones.',
    ],
    expect: [
      p('$102.557 por moneda', 102557),
      o('$47,54 mil millones', 47.54e9),
      p('$74.079 por Bitcoin', 74079),
      o('$67 mil millones', 67e9),
      o('$50 millones', 50e6),
      o('$15,8 mil millones', 15.8e9),
      o('$1,1 mil millones', 1.1e9),
      o('$94 mil millones', 94e9),
    ],
  },
];
