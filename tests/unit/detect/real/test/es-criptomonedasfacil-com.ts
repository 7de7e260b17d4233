import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptomonedasfacil.com/noticias/bitcoin/salidas-record-etfs-bitcoin-superan-900-millones-dolares-tension-macro-liquidaciones-masivas',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Salidas récord en ETFs de Bitcoin superan los 900 millones de dólares',
    blocks: [
      'Los ETFs de Bitcoin registraron salidas récord por más de $536 millones el 16 de octubre de 2025, un punto de inflexión en el mercado de criptoactivos institucionales.',
      {
        text: 'El 16 de octubre de 2025, los fondos cotizados (ETFs) de Bitcoin en Estados Unidos tuvieron salidas netas por $536.4 millones, la cifra más alta desde agosto. Al día siguiente, el 17 de octubre, se sumaron otros $366.59 millones en salidas.',
        heading: 'Salidas récord en ETFs de Bitcoin sacuden al mercado institucional',
      },
      'Los ETFs de Ethereum también se vieron afectados, con salidas de $56.9 millones el 16 de octubre y $232.28 millones el 17 de octubre. En total, salieron más de $1.19 mil millones de productos spot de Bitcoin y Ethereum en apenas 48 horas.',
      'Entre los fondos más golpeados estuvieron BlackRock iShares Bitcoin Trust (IBIT), con salidas de entre $268 y $269 millones, y Fidelity Wise Origin Bitcoin Fund (FBTC), que perdió entre $67 y $132 millones.',
      'A esto se sumó una ola de liquidaciones apalancadas que borró más de $20 mil millones en posiciones abiertas en el mercado cripto.',
    ],
    expect: [
      o('$536 millones', 536e6),
      o('$536.4 millones', 536.4e6),
      o('$366.59 millones', 366.59e6),
      o('$56.9 millones', 56.9e6),
      o('$232.28 millones', 232.28e6),
      o('$1.19 mil millones', 1.19e9),
      o('$268', 268e6),
      o('$269 millones', 269e6),
      o('$67', 67e6),
      o('$132 millones', 132e6),
      o('$20 mil millones', 20e9),
    ],
  },
  {
    url: 'https://criptomonedasfacil.com/?p=1707',
    lang: 'es',
    tags: ['prose', 'format'],
    title:
      'SALIDAS DE ETFS DE BITCOIN SUPERAN LOS $1.200 MILLONES EN MEDIO DEL MAYOR CRASH CRIPTO DESDE 2020',
    blocks: [
      'SALIDAS DE ETFS DE BITCOIN SUPERAN LOS $1.200 MILLONES EN MEDIO DEL MAYOR CRASH CRIPTO DESDE 2020',
      'Los ETFs de criptomonedas vivieron su semana más crítica desde su lanzamiento, con salidas de más de $1.5 mil millones entre el 10 y el 18 de octubre de 2025, en medio de la mayor ola de liquidaciones apalancadas de la historia del mercado cripto.',
      {
        text: 'Del total, los ETFs spot de Bitcoin en Estados Unidos sufrieron retiros netos por $1.23 mil millones, la segunda mayor semana de salidas desde su lanzamiento en 2024.',
        heading: 'Flujo récord de salidas en ETFs de criptomonedas tras colapso del mercado',
      },
      'El pico llegó el 16 de octubre, cuando las salidas alcanzaron los $536 millones en un solo día. Entre los productos más afectados están:',
      'BlackRock iShares Bitcoin Trust (IBIT): $268.6 millones en salidas.',
      'ARK 21Shares Bitcoin ETF (ARKB): pérdida récord diaria de $275.2 millones.',
      'Esto coincide con una liquidación forzosa de más de $19 mil millones en posiciones apalancadas entre el 10 y el 11 de octubre.',
    ],
    expect: [
      o('$1.200 MILLONES', 1.2e9),
      o('$1.5 mil millones', 1.5e9),
      o('$1.23 mil millones', 1.23e9),
      o('$536 millones', 536e6),
      o('$268.6 millones', 268.6e6),
      o('$275.2 millones', 275.2e6),
      o('$19 mil millones', 19e9),
    ],
  },
];
