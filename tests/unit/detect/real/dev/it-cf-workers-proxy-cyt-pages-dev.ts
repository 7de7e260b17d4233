import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cf-workers-proxy-cyt.pages.dev/it/square/post/5555035544074',
    lang: 'it',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      '☕ Dopo l’halving, il punto di pareggio dei minatori di Bitcoin è salito da 23.000$ a 43.000$, spingendoli a cercare vari modi per restare a galla.',
      'Il mining di Bitcoin consuma moltissima energia: i minatori usano computer specializzati per convalidare le transazioni, creare nuovi blocchi e guadagnare premi in Bitcoin (BTC). Ogni 210.000 blocchi, però, il premio si dimezza.',
    ],
    expect: [c('23.000$', 23000), c('43.000$', 43000)],
  },
];
