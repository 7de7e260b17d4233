import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pl.beincrypto.com/bitcoin-btc-sygnal-wzrost-61-000-usd',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin (BTC) daje sygnał na 48% wzrost z celem przy 61 000 USD',
    blocks: [
      'Bitcoin (BTC) daje sygnał na 48% wzrost z celem przy 61 000 USD',
      'Okazuje się, że również dzisiejsza akcja cenowa połączona z wartościami wskaźników na interwale 5-dniowym daje warunki podobne do historycznych sygnałów silnego ruchu Bitcoina. Jeżeli rynek zachowa się podobnie, jak przez ostatnie 12 miesięcy, to za około 42,5 dni cena BTC może osiągnąć obszar 61 000 USD.',
      {
        heading: 'Akcja cenowa BTC',
        text: 'Bitcoin osiągnął rekord wszech czasów (ATH) na poziomie 69 000 USD w dniu 10 listopada 2021 roku. Następnie cena spadała przez kolejne 75 dni, aby osiągnąć dołek na 33 000 USD w dniu 24 stycznia 2022 roku. BTC spadło o 52% od ATH.',
      },
      {
        heading: 'Akcja cenowa BTC',
        text: 'Od styczniowego dołka BTC znajduje się w trendzie bocznym, cena konsoliduje się, a na wykresie dziennym pojawiają się wyższe dołki. Przez ostatnie półtora miesiąca Bitcoin znajdował się w dość dobrze respektowanym zakresie pomiędzy 37 500 USD a 44 500 USD.',
      },
    ],
    expect: [
      p('61 000 USD', 61000),
      p('61 000 USD', 61000),
      p('69 000 USD', 69000),
      p('33 000 USD', 33000),
      p('37 500 USD', 37500),
      p('44 500 USD', 44500),
    ],
  },
];
