import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.europe1.fr/economie/chute-du-bitcoin-je-savais-que-le-risque-etait-enorme-3707354',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Chute du Bitcoin : "Je savais que le risque était énorme"',
    blocks: [
      "Six mois après s'être échangé vers 20.000 dollars l'unité, le cours du Bitcoin s'est écroulé jusqu'à 5.500 dollars. Les particuliers séduits se demandent : faut-il revendre ?",
      "Il a atteint des sommets, mais c'est fini. En six mois, sa valeur est passée de 20.000 dollars l'unité en décembre à 5.500 aujourd'hui.",
      '"Là, le Bitcoin est à 5.500 euros, il a quand même pris +10% cette semaine", note Adrien, 28 ans, les yeux sur son application. "Je crois qu\'on a mis 1.000 euros".',
      'Édouard, père de trois enfants, a lui aussi placé 1.000 euros. "Ils ont valu jusqu\'à 2.500 euros à peu près, maintenant c\'est autour de 950 euros".',
    ],
    expect: [
      p('20.000 dollars', 20000),
      p('5.500 dollars', 5500),
      p('20.000 dollars', 20000),
      p('5.500 euros', 5500, 'EUR'),
      o('1.000 euros', 1000, 'EUR'),
      o('1.000 euros', 1000, 'EUR'),
      o('2.500 euros', 2500, 'EUR'),
      o('950 euros', 950, 'EUR'),
    ],
  },
];
