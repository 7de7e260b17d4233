import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ts2.tech/pl/prognozy-cen-bitcoina-na-lata-2025-2026-czy-btc-osiagnie-300-000-dolarow-czy-spadnie-ponizej-60-000-dolarow',
    lang: 'pl',
    tags: ['prose', 'change', 'format'],
    title: 'Prognozy cen Bitcoina na lata 2025–2026',
    blocks: [
      'Aktualna cena (12 października 2025): Bitcoin notowany był w okolicach 111–112 tys. USD, po zejściu ze szczytu z początku października blisko 125 tys. USD [1] [2]. Nagły szok handlowy USA–Chiny przyniósł spadek o około 10% w dniach 10–11 października (likwidując zakłady na kryptowaluty o wartości ok. 19–20 mld USD) [3] [4], ale rynek od tego czasu się uspokoił.',
      'Rekordowe napływy do ETF: w tygodniu zakończonym 4 października globalne ETF-y kryptowalutowe przyciągnęły 5,95 mld USD (w tym 5 mld USD do amerykańskich ETF-ów na Bitcoina), co pomogło wynieść cenę BTC do nowego maksimum ok. 126 tys. USD 5 października [5].',
      'Szeroki zakres prognoz: cele analityków na 2026 rok są bardzo rozstrzelone. Bycze scenariusze widzą Bitcoina w przedziale 200–300 tys. USD (lub wyżej) pod koniec 2026 roku. Standard Chartered prognozuje na przykład 200 tys. USD do końca 2025 i ok. 300 tys. USD do końca 2026 [7].',
    ],
    expect: [
      p('111', 111000),
      p('112 tys. USD', 112000),
      p('125 tys. USD', 125000),
      o('19', 19e9),
      o('20 mld USD', 20e9),
      o('5,95 mld USD', 5.95e9),
      o('5 mld USD', 5e9),
      p('126 tys. USD', 126000),
      p('200', 200000),
      p('300 tys. USD', 300000),
      p('200 tys. USD', 200000),
      p('300 tys. USD', 300000),
    ],
  },
];
