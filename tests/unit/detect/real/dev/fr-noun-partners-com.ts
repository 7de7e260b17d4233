import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.noun-partners.com/analyses/qu-est-ce-que-le-bitcoin-ce-que-vous-devez-savoir-avant-d-acheter',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: "Qu'est-ce que le bitcoin : ce que vous devez savoir avant d'acheter",
    blocks: [
      'Le livre blanc original de Bitcoin ne fait que 9 pages, mais l’actif vaut désormais plus de 1 000 milliards de dollars au moment où j’écris ces lignes !',
    ],
    expect: [o('1 000 milliards de dollars', 1e12)],
  },
];
