import { p, type RealCase } from '../labels';

const url = 'https://www.pcworld.pl/news/Bitcoin-znow-wart-ponad-10-tys-USD,413966.html';
const title = 'Bitcoin znów wart ponad 10 tys. USD';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pl',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Zapowiadano koniec Bitcoina, a tymczasem po raz pierwszy od ponad 12 miesięcy jego kurs przekroczył 10 tys. dolarów. Czyli - niemal 41,5 tys. złotych.',
      'W momencie pisania tego tekstu 1 Bitcoin jest wart dokładnie 41 479,13 zł. Po raz ostatni miał podobną wartość w pierwszej połowie 2018 roku.',
    ],
    expect: [
      p('10 tys. dolarów', 10000),
      p('41,5 tys. złotych', 41500, 'PLN'),
      p('41 479,13 zł', 41479.13, 'PLN'),
    ],
  },
  {
    url,
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title,
    blocks: [
      'Jej wartość jest nieprzewidywalna: gdy ostatnio kosztowała tyle co obecnie, wkrótce potem spadła do 4000 USD, by po kilku miesiącach znów ruszyć w górę. Zdaniem Jacka Dorseya, szefa Twittera, cena za jednego Bitcoina w 2022 roku może sięgnąć aż... 250 tysięcy dolarów!',
    ],
    expect: [p('4000 USD', 4000), p('250 tysięcy dolarów', 250000)],
  },
];
