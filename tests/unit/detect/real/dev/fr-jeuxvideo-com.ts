import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jeuxvideo.com/news/1676362/miner-du-bitcoin-n-a-jamais-ete-aussi-complique-alors-que-son-prix-baisse-voici-la-raison.htm',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'cost'],
    title: "Miner du Bitcoin n'a jamais été aussi compliqué alors que son prix baisse",
    blocks: [
      'Depuis son pic à plus de 50 000 € atteint en novembre 2021, le Bitcoin n’a cessé de glisser, comme les indices boursiers traditionnels. Actuellement autour des 15 700 € , la première cryptomonnaie n’a jamais été aussi compliquée à miner.',
      { text: 'Un contexte peu encourageant pour les mineurs de Bitcoin', heading: 'Contexte' },
      'Alors que le prix d’un bitcoin se situe autour des 15 700 €, son coût de production est, lui, plus élevé.',
    ],
    expect: [p('50 000 €', 50000, 'EUR'), p('15 700 €', 15700, 'EUR'), p('15 700 €', 15700, 'EUR')],
  },
];
