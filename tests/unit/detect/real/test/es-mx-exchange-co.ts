import { o, p, type RealCase } from '../labels';

// Exchange news page in Spanish on a sell-off: BTC levels with dot grouping ("$98.950"), Ether's prices,
// market value in "billones" (10^12) and liquidation totals in "mil millones" as negatives.
export const cases: RealCase[] = [
  {
    url: 'https://www.mx-exchange.co/es/news/154735',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin cae por debajo de $100.000 mientras el mercado cripto pierde $250 mil millones',
    blocks: [
      'El mercado cripto sufrió una fuerte caída el martes y perdió cerca de $250 mil millones de valor, mientras Bitcoin y Ethereum se desplomaban en medio de la incertidumbre económica global.',
      'Bitcoin perforó la marca de $100.000 por primera vez desde mayo. La criptomoneda insignia llegó a $98.950 antes de recuperarse levemente a $102.090 al momento de la publicación, casi un 20% por debajo de su máximo histórico de $126.080 del 6 de octubre de 2025.',
      'Ethereum tuvo una de sus peores jornadas en meses: se desplomó de $3.628 a $3.097, su nivel más bajo desde julio. En torno a $3.328 al momento de la publicación, sigue con una caída de más del 8% en 24 horas.',
      'La capitalización del mercado global de criptomonedas se sitúa en $3,4 billones, un 4,2% menos en 24 horas.',
      'Según CoinGlass, unos $2,10 mil millones en posiciones cripto fueron liquidadas en 24 horas, de los cuales $1,68 mil millones eran posiciones long. Ethereum encabezó la tabla con $655 millones, seguido por Bitcoin con $614 millones, muy lejos del récord de $19 mil millones de octubre de 2025.',
    ],
    expect: [
      o('$250 mil millones', 250e9),
      p('$100.000', 100000),
      p('$98.950', 98950),
      p('$102.090', 102090),
      p('$126.080', 126080),
      o('$3.628', 3628),
      o('$3.097', 3097),
      o('$3.328', 3328),
      o('$3,4 billones', 3.4e12),
      o('$2,10 mil millones', 2.1e9),
      o('$1,68 mil millones', 1.68e9),
      o('$655 millones', 655e6),
      o('$614 millones', 614e6),
      o('$19 mil millones', 19e9),
    ],
  },
];
