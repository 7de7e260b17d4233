import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.breizh-info.com/?p=256526',
    lang: 'fr',
    tags: ['prose', 'cost', 'anaphora'],
    title: 'Bitcoin en chute libre : des mineurs contraints d’éteindre leurs machines',
    blocks: [
      'Bitcoin en chute libre : des mineurs contraints d’éteindre leurs machines',
      'La chute du bitcoin se poursuit et remet en cause l’équilibre économique de son exploitation. Passé sous le seuil des 70 000 dollars, l’actif numérique évolue autour de 63 000 dollars, un niveau plus vu depuis l’automne 2024.',
      'L’indice du « hash price » a touché un plus bas historique. Dans le même temps, le coût moyen estimé pour produire un seul bitcoin avoisine désormais les 87 000 dollars, bien au-dessus de son prix de marché actuel.',
    ],
    expect: [p('70 000 dollars', 70000), p('63 000 dollars', 63000), c('87 000 dollars', 87000)],
  },
];
