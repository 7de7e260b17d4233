import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsharp.io/saignee-sur-les-etf-bitcoin/',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Saignée sur les ETF Bitcoin',
    blocks: [
      'Les ETF bitcoin au comptant américains ont perdu 1.2 milliard de dollars en huit jours, leur plus longue série de sorties nettes depuis janvier 2024. Ce mouvement coïncide avec une nette baisse du Bitcoin : après un sommet de 64’668$ le 26 août, son cours a lâché plus de 17% pour tomber à 53’491$ le 7 septembre.',
    ],
    expect: [o('1.2 milliard de dollars', 1.2e9), p('64’668$', 64668), p('53’491$', 53491)],
  },
];
