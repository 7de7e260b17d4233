import { o, type RealCase } from '../labels';

// cryptomonnaies.io (fr): CleanSpark buys Bitcoin mining sites in Mississippi; acquisition totals only (o).
export const cases: RealCase[] = [
  {
    url: 'https://cryptomonnaies.io/eduquer-marche-2013/',
    lang: 'fr',
    tags: ['cost', 'prose'],
    title: 'Bitcoin Mining dans la ligne de tir, CleanSpark étend ses opérations',
    blocks: [
      'CleanSpark a acquis trois installations minières de Bitcoin clé en main dans le Mississippi pour 19,8 millions de dollars, selon une annonce du 6 février.',
      'Les deux sites du Mississippi devraient fournir 2,4 EH/s de puissance de hachage. La société a également acquis un troisième site minier en construction à Dalton, en Géorgie, pour 3,4 millions de dollars.',
    ],
    expect: [o('19,8 millions de dollars', 19.8e6), o('3,4 millions de dollars', 3.4e6)],
  },
];
