import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.itouyu.top/pl/news/detail/12560605083939',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format', 'change'],
    title: 'Granica przetrwania dla górników bitcoin: jak przetrwać po nagłym spadku zysków o 35%?',
    blocks: [
      'Granica przetrwania dla górników bitcoin: jak przetrwać po nagłym spadku zysków o 35%?',
      'Cena bitcoin spada, a trudność i koszty rosną, przez co wielu górników zbliża się do progu rentowności.',
      'Przy obecnej cenie bitcoin poniżej 90 000 dolarów górnicy znaleźli się w trudnej sytuacji. W ciągu dwóch miesięcy siedmiodniowy średni dochód górników spadł o 35%, z 60 milionów dolarów do 40 milionów dolarów.',
      'Nagroda za blok to 3,125 bitcoin, blok powstaje średnio co 10 minut, co daje około 450 bitcoinów dziennie w całej sieci. W 30 dni górnicy wydobywają łącznie 13 500 bitcoinów, co przy obecnej cenie około 88 000 dolarów za bitcoin daje 1,2 miliarda dolarów.',
    ],
    expect: [
      p('90 000 dolarów', 90000),
      o('60 milionów dolarów', 60e6),
      o('40 milionów dolarów', 40e6),
      p('88 000 dolarów', 88000),
      o('1,2 miliarda dolarów', 1.2e9),
    ],
  },
];
