import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinnewscrypto.com/it/news/bitcoin/page/24',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      "Bitcoin (BTC) torna a fare notizia: lunedì mattina, ora europea, ha passato la soglia dei 65.000 dollari, vicino al massimo storico di 69.000 dollari di novembre 2021. Nell'area euro ha toccato circa 61.000 €, nuovi riferimenti contro varie valute locali.",
      "Nelle ultime 24 ore la più grande criptovaluta del mondo è salita di oltre il 6%. L'open interest ha toccato il record di 27 miliardi di dollari secondo Coinglass, e la capitalizzazione complessiva ha superato la soglia dei 2,8 trilioni di dollari. Liquidate oltre 60 milioni di dollari in posizioni short.",
    ],
    expect: [
      p('65.000 dollari', 65000),
      p('69.000 dollari', 69000),
      p('61.000 €', 61000, 'EUR'),
      o('27 miliardi di dollari', 27e9),
      o('2,8 trilioni di dollari', 2.8e12),
      o('60 milioni di dollari', 60e6),
    ],
  },
];
