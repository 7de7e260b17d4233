import { p, type RealCase } from '../labels';

// insolentiae.com: opinion blog on the 2018 slide "sous les 3 000 euros"; space-grouped euro levels,
// chart captions with bare range ends ("3 000 et quelques", "presque 20 000") read as dollar levels.
const url = 'https://insolentiae.com/bitcoin-toujours-en-chute-sous-les-3-000-euros-a-2-888-euros';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin toujours en chute sous les 3 000 euros à 2 888 euros',
    blocks: [
      'La cryptomonnaie vedette poursuit sa chute inexorable et vient de repasser sous la barre des 3 000 euros, à environ 2 900 euros.',
      'Voici le graphique des cours du Bitcoin sur les 6 derniers mois : on passe de 8 000 dollars à 3 000 et quelques.',
      "Et voici l'évolution sur 12 mois, où l'on passe de presque 20 000 à un peu plus de 3 000 dollars.",
      "Je précise, et cela n'engage que moi, que même à 2 880 euros le Bitcoin, je ne suis pas acheteur.",
    ],
    expect: [
      p('3 000 euros', 3000, 'EUR'),
      p('2 900 euros', 2900, 'EUR'),
      p('8 000 dollars', 8000),
      p('3 000', 3000),
      p('20 000', 20000),
      p('3 000 dollars', 3000),
      p('2 880 euros', 2880, 'EUR'),
    ],
  },
];
