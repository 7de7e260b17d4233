import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.mac4ever.com/societe/194414-le-bitcoin-s-effondre-et-cette-fois-la-panique-est-bien-reelle',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: "Le Bitcoin s'effondre, et cette fois la panique est bien réelle",
    blocks: [
      "Le Bitcoin s'effondre, et cette fois la panique est bien réelle",
      "Week-end très violent pour les cryptomonnaies. Le Bitcoin est descendu à 77 000 dollars, son plus bas depuis avril 2025. En cause, les tensions entre les États-Unis et l'Iran, mais surtout des liquidations en cascade. En 24 heures, 200 000 investisseurs ont tout perdu et 800 milliards de dollars de valeur ont disparu.",
      'Samedi, le Bitcoin est passé sous les 80 000 dollars pour atterrir à 77 000. Tout a lâché en même temps : les investisseurs ont fui les actifs risqués, et la nomination de Kevin Warsh à la tête de la Réserve fédérale a renforcé le dollar.',
      "Résultat, 2,5 milliards de dollars de paris haussiers ont été liquidés en 24 heures. L'Ethereum, deuxième cryptomonnaie du marché, a lâché 13 % en une journée.",
      "Michael Saylor dirige MicroStrategy, qui a converti sa trésorerie en Bitcoin. Sa société détient 712 647 bitcoins, achetés à 76 037 dollars pièce en moyenne. Avec un cours à 77 000, la position frôle l'équilibre pour la première fois.",
    ],
    expect: [
      p('77 000 dollars', 77000),
      o('800 milliards de dollars', 800e9),
      p('80 000 dollars', 80000),
      p('77 000', 77000),
      o('2,5 milliards de dollars', 2.5e9),
      p('76 037 dollars', 76037),
      p('77 000', 77000),
    ],
  },
];
