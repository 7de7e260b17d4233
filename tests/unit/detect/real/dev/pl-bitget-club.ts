import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitget.club/pl/news/detail/12560605117332',
    lang: 'pl',
    tags: ['prose', 'anaphora'],
    title: 'Analiza techniczna XRP: Byczy wzorzec pojawia się wśród słabości rynku',
    blocks: [
      'XRP pozostaje w ostatnich tygodniach pod wyraźną presją techniczną, co odzwierciedla szerszą słabość rynku aktywów cyfrowych.',
      'Po utrzymywaniu się powyżej psychologicznie ważnego poziomu 2 dolarów przez większą część spadku, XRP ostatecznie zszedł poniżej tego wsparcia w połowie grudnia. Utrata tego poziomu przyspieszyła ruch w dół i wzmocniła niedźwiedzie nastroje.',
    ],
    expect: [o('2 dolarów', 2)],
  },
];
