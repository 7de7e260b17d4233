import { o, p, type RealCase } from '../labels';

const url = 'https://chip.pl/2019/04/bitcoin-znowu-drozeje-dlaczego';
const title = 'Bitcoin znowu drożeje. Dlaczego?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pl',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Bitcoin jest zdecentralizowaną walutą cyfrową, w której średnio co 10 minut powstaje nowy blok. Górnicy zarabiają na opłatach za zatwierdzanie transakcji oraz na nowych monetach tworzonych po obliczeniu bloku. Ta nagroda wynosi obecnie 12,5 BTC, czyli ok. 240 tysięcy złotych, przy obecnym kursie bitcoina (około 5 tysięcy dolarów).',
    ],
    expect: [o('240 tysięcy złotych', 240000, 'PLN'), p('5 tysięcy dolarów', 5000)],
  },
];
