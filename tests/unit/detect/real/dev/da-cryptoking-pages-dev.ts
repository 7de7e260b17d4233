import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoking.pages.dev/skat',
    lang: 'da',
    tags: ['prose', 'format'],
    title: 'Krypto Skat i Danmark',
    blocks: [
      { heading: 'Eksempel på beregning', text: 'Du købte 1 Bitcoin for 200.000 kr i 2023.' },
      { heading: 'Eksempel på beregning', text: 'Du sælger 1 Bitcoin for 350.000 kr i 2024.' },
      { heading: 'Eksempel på beregning', text: 'Gevinst: 350.000 - 200.000 = 150.000 kr' },
      { heading: 'Eksempel på beregning', text: 'Denne gevinst beskattes som personlig indkomst.' },
    ],
    expect: [
      p('200.000 kr', 200000, 'DKK'),
      p('350.000 kr', 350000, 'DKK'),
      p('350.000', 350000, 'DKK'),
      p('200.000', 200000, 'DKK'),
      o('150.000 kr', 150000, 'DKK'),
    ],
  },
];
