import { o, p, type RealCase } from '../labels';

// Italian crypto site on a liquidation wave: totals in "miliardi"/"trilioni di dollari" around a single
// BTC level ("82.000 dollari"); the market cap "3 mila miliardi" has no currency word and is unlabelled.
export const cases: RealCase[] = [
  {
    url: 'https://altsignals.io/it/post/crollo-mercato-crypto-caduta-bitcoin',
    lang: 'it',
    tags: ['prose', 'format'],
    title:
      'Crollo del Bitcoin: massiva vendita porta alla liquidazione di 2 miliardi di dollari mentre il valore scende sotto la soglia dei 3 trilioni di dollari',
    blocks: [
      'Crollo del Bitcoin: massiva vendita porta alla liquidazione di 2 miliardi di dollari mentre il valore scende sotto la soglia dei 3 trilioni di dollari',
      'Venerdì un’ondata di liquidazioni ha spazzato via quasi 2 miliardi di dollari di posizioni a leva, mentre Bitcoin è sceso fino a 82.000 dollari. La capitalizzazione totale del mercato cripto è scesa sotto i 3 mila miliardi, cosa che non accadeva dalla primavera.',
      'Secondo CoinGlass oltre 396.000 trader sono stati liquidati; la perdita singola più grande è stata un ordine BTC-USD da 36,78 milioni di dollari su Hyperliquid.',
      {
        text: 'Giovedì gli ETF su bitcoin hanno registrato 903 milioni di dollari di deflussi netti, il secondo valore più alto.',
        heading: 'Deflussi da ETF in forte aumento mentre la liquidità evapora',
      },
    ],
    expect: [
      o('2 miliardi di dollari', 2e9),
      o('3 trilioni di dollari', 3e12),
      o('2 miliardi di dollari', 2e9),
      p('82.000 dollari', 82000),
      o('36,78 milioni di dollari', 36.78e6),
      o('903 milioni di dollari', 903e6),
    ],
  },
];
