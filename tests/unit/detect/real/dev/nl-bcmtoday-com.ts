import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bcmtoday.com/news/bitcoin-halvering-2024---wordt-dit-de-volgende-grote-hype-in-crypto',
    lang: 'nl',
    tags: ['prose'],
    title: 'Bitcoin halving 2024 - Wordt dit de volgende grote hype in crypto?',
    blocks: [
      {
        text: 'Historische data laten zien dat Bitcoin halvings een flinke invloed hebben op de prijs van Bitcoin. Na de halving in 2012 steeg de prijs van Bitcoin het jaar daarop van ongeveer $12 naar meer dan $1.000. De halving in 2016 leidde tot een stijging van ongeveer $650 naar bijna $20.000 eind 2017.',
        heading: 'Historisch perspectief',
      },
    ],
    expect: [p('$12', 12), p('$1.000', 1000), p('$650', 650), p('$20.000', 20000)],
  },
];
