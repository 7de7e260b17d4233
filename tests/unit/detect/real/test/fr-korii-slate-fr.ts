import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://korii.slate.fr/biz/comment-devenir-riche-grace-au-bitcoin-20000-dollars-guide-plateformes-echange',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Comment devenir riche grâce au bitcoin',
    blocks: [
      'À sa création en 2009, un bitcoin ne valait quasiment rien. Sa valeur a pourtant explosé cette année, et il dépasse désormais la barre des 13.500 euros. Pour Mike McGlone, spécialiste du sujet chez Bloomberg, la tendance devrait continuer, et la cryptomonnaie pourrait valoir 20.000 dollars [16.932 euros] dès 2021.',
      "Ce serait un record, puisque le bitcoin n'a jamais dépassé 19.982 dollars [16.920 euros]. «Le bitcoin peut connaître une année 2021 parabolique, comme en 2013 et 2017», a-t-il ajouté.",
      "Jason Deane, analyste chez Quantum Economics, partage cet avis. «Un bitcoin à 20.000 dollars est une perspective réaliste, peut-être même d'ici six mois.» Plus fantaisistes, des prédictions d'un bitcoin à un million de dollars ont même été avancées récemment par un ancien de Goldman Sachs.",
    ],
    expect: [
      p('13.500 euros', 13500, 'EUR'),
      p('20.000 dollars', 20000),
      p('16.932 euros', 16932, 'EUR'),
      p('19.982 dollars', 19982),
      p('16.920 euros', 16920, 'EUR'),
      p('20.000 dollars', 20000),
      p('un million de dollars', 1e6),
    ],
  },
];
