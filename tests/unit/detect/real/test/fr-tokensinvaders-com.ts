import { o, type RealCase } from '../labels';

// French blog on whether mining still pays: a CPU rig's parts list priced in euros with glued "€".
export const cases: RealCase[] = [
  {
    url: 'https://tokensinvaders.com/2019/04/26/est-il-toujours-rentable-de-miner',
    lang: 'fr',
    tags: ['format', 'cost'],
    title: 'Est-il toujours rentable de miner ?',
    blocks: [
      {
        text: 'Sur l’année 2017 une étude a prouvé que le coût énergétique du Bitcoin était de 30,23 térawattheures. Pour vous donner un ordre d’idée l’Irlande consomme annuellement 25 térawattheures.',
        heading: 'Les coûts',
      },
      {
        text: 'A cela vous devez ajouter d’autres composants car le processeur ne peut pas fonctionner tout seul. Les composants indispensables sont :',
        heading: 'Miner avec du CPU',
      },
      { text: 'Une carte mère (intégrant un processeur graphique) – 100€', heading: 'Miner avec du CPU' },
      { text: 'De la mémoire vive (RAM) – 50€', heading: 'Miner avec du CPU' },
      { text: 'Un disque dur – 50€', heading: 'Miner avec du CPU' },
      { text: 'Une alimentation – 100€', heading: 'Miner avec du CPU' },
      {
        text: 'Finalement nous obtenons un budget total de 550€ pour le matériel.',
        heading: 'Miner avec du CPU',
      },
    ],
    expect: [
      o('100€', 100, 'EUR'),
      o('50€', 50, 'EUR'),
      o('50€', 50, 'EUR'),
      o('100€', 100, 'EUR'),
      o('550€', 550, 'EUR'),
    ],
  },
];
