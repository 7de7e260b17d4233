import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nyheder.dk/udland/rasler-ned-i-vaerdi/904835!',
    lang: 'da',
    tags: ['prose', 'anaphora'],
    title: 'Rasler ned i værdi',
    blocks: [
      'Rasler ned i værdi',
      'Kryptovalutaen bitcoin er mandag faldet til den laveste værdi i halvandet år.',
      'En bitcoin er mandag formiddag således under 25.000 dollar værd - svarende til cirka 175.000 kroner.',
      'I efteråret 2021 toppede kryptovalutaen, da den nåede en værdi på over 66.000 dollar - mere end 460.000 kroner.',
    ],
    expect: [
      p('25.000 dollar', 25000),
      p('175.000 kroner', 175000, 'DKK'),
      p('66.000 dollar', 66000),
      p('460.000 kroner', 460000, 'DKK'),
    ],
  },
];
