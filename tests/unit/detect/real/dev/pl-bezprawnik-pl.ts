import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bezprawnik.pl/mining-kryptowalut',
    lang: 'pl',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Europa nie dla minerów krypto? Rosnące koszty energii',
    blocks: [
      'Europa nie dla minerów krypto? Rosnące koszty energii',
      'Największą bolączką europejskiego miningu są ceny prądu. Rachunki poszybowały przez kryzys energetyczny, wojnę w Ukrainie i zieloną transformację. We Włoszech koszt prądu potrzebnego do wykopania 1 BTC sięga 208 tys. dolarów, w Austrii 184 tys., a w Belgii 172 tys., czyli wielokrotnie więcej niż wartość samego bitcoina. Dla porównania w Libanie to jedynie 266 dolarów.',
      'Według raportu CoinGecko z 2023 r. tylko w 5 krajach Europy prąd jest na tyle tani, by domowy mining miał sens. W większości państw UE wydobycie bitcoina generuje koszty rzędu 160–200 tys. $ za 1 BTC, co przy cenie ok. 30 tys. $ w 2023 było czystą stratą, a mimo imponującej obecnej ceny ok. 110 tys. $ nadal się nie opłaca. Jedna koparka zużywająca 3000 kWh miesięcznie to rachunek ok. 1600 zł (lub ~1180 zł przy nocnej taryfie).',
    ],
    expect: [
      c('208 tys. dolarów', 208000),
      c('184 tys.', 184000),
      c('172 tys.', 172000),
      c('266 dolarów', 266),
      c('160', 160000),
      c('200 tys. $', 200000),
      p('30 tys. $', 30000),
      p('110 tys. $', 110000),
      o('1600 zł', 1600, 'PLN'),
      o('1180 zł', 1180, 'PLN'),
    ],
  },
];
