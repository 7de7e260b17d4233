import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://trading.it/i-top-decrescenti-prevedono-il-bitcoin-a-164-000-il-prossimo-anno',
    lang: 'it',
    tags: ['prose', 'format', 'anaphora'],
    title: 'I top decrescenti prevedono il Bitcoin a 164.000 il prossimo anno',
    blocks: [
      'Le stime degli analisti sul Bitcoin mettono in allerta gli investitori: la moneta digitale potrebbe arrivare a 164mila dollari.',
      'Il 2024 è un anno difficile da leggere per il Bitcoin, che a marzo ha toccato un picco di 73.881 dollari, +68% nel primo trimestre. Nei mesi seguenti la nota moneta digitale è rimasta sempre nel range tra i 70mila e i 60mila dollari.',
      {
        text: 'Circa tre anni fa aveva previsto un picco di 65.732,72 dollari, mentre il massimo reale si fermò intorno ai 64.682,47 dollari: uno scarto di soli 1.050 dollari.',
        heading: 'Bitcoin, che succede nel 2025? A gennaio toccherà i 164mila dollari',
      },
    ],
    expect: [
      p('164mila dollari', 164000),
      p('73.881 dollari', 73881),
      p('70mila', 70000),
      p('60mila dollari', 60000),
      p('65.732,72 dollari', 65732.72),
      p('64.682,47 dollari', 64682.47),
      o('1.050 dollari', 1050),
    ],
  },
];
