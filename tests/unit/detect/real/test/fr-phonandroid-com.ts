import { p, type RealCase } from '../labels';

// French tech site, 2021 crash report: "barre"/"supports" levels, a range-like pair whose first
// member ("42000") is unspaced and borrows "dollars" from the second.
export const cases: RealCase[] = [
  {
    url: 'https://www.phonandroid.com/cours-bitcoin-effondre-sous-40-000-dollars.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Le cours du Bitcoin s’effondre sous les 40 000 dollars',
    blocks: [
      'Le cours du Bitcoin s’est écroulé sous la barre des 40 000 dollars, perdant 20 % de sa valeur en une semaine.',
      'Après une envolée au-delà des 60 000 dollars, le Bitcoin s’est stabilisé plusieurs jours autour des 45 000 dollars, avant de casser vers le bas : les supports des 42000 et des 40 000 dollars n’ont pas tenu.',
    ],
    expect: [
      p('40 000 dollars', 40000),
      p('60 000 dollars', 60000),
      p('45 000 dollars', 45000),
      p('42000', 42000),
      p('40 000 dollars', 40000),
    ],
  },
];
