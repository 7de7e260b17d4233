import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://flyingatom.com/spadek-bitcoin-z-126k-do-68k-usd-co-poszlo-nie-tak',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Spadek Bitcoin z 126k do 68k USD - co poszło nie tak?',
    blocks: [
      'Spadek Bitcoin z 126k do 68k USD - co poszło nie tak?',
      'Bitcoin przechodzi jedną z najgłębszych korekt w swojej historii. Od historycznego szczytu na poziomie 126 210 USD w październiku 2025 roku kurs największej kryptowaluty zjechał w lutym 2026 roku do około 68 000-70 000 USD. To przecena o niemal 46% w ciągu zaledwie czterech miesięcy.',
      'Dla inwestorów to spore zaskoczenie, bo w ostatnim kwartale 2025 roku panowała euforia. Bitcoin wydawał się wtedy niemal pewnie zmierzać w stronę 150 000 USD, a część analityków zakładała nawet 200 000 USD do końca roku.',
    ],
    expect: [
      p('126k', 126000),
      p('68k USD', 68000),
      p('126 210 USD', 126210),
      p('68 000', 68000),
      p('70 000 USD', 70000),
      p('150 000 USD', 150000),
      p('200 000 USD', 200000),
    ],
  },
];
