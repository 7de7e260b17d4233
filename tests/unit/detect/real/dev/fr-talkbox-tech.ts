import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://talkbox.tech/fr/le-bitcoin-profite-des-inquietudes-sur-la-dette-americaine',
    lang: 'fr',
    tags: ['prose'],
    title: 'Le bitcoin profite des inquiétudes sur la dette américaine',
    blocks: [
      'Bitcoin a pulvérisé son record historique ce jeudi en atteignant 111 691 dollars vers 4 heures du matin (heure de Paris), soit un rallye de plus de 47 % depuis son point bas du 9 avril.',
    ],
    expect: [p('111 691 dollars', 111691)],
  },
];
