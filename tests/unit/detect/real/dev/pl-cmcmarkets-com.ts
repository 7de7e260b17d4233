import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cmcmarkets.com/pl-pl/puls-rynku/bitcoin-w-nowym-cyklu-halvingowym',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin w nowym cyklu halvingowym',
    blocks: [
      'Od początku 2023 roku cena najpopularniejszej kryptowaluty, czyli bitcoina, wyrażona w dolarach amerykańskich, wzrosła o ponad 40 proc. To najlepsze otwarcie roku od 2013. Ostatni raz kurs BTC/USD wzrósł o ponad 40 proc. w październiku 2021 roku. Wtedy mówiliśmy o zwyżce do ponad 60000 USD za BTC.',
      'Jeśli przyjąć pewien model spadku stóp zwrotu w czasie, to – o ile nie wydarzy się nic nadzwyczajnego – kurs BTC/USD od listopadowego dołka do marca 2024 roku mógłby wzrosnąć o około 115 proc. Mowa wtedy o poziomie około 33000 USD. Jest to poziom oddalony od obecnego kursu BTC/USD o 41 proc.',
    ],
    expect: [p('60000 USD', 60000), p('33000 USD', 33000)],
  },
];
