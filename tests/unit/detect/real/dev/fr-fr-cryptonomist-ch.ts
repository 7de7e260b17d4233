import { o, type RealCase } from '../labels';

// fr.cryptonomist.ch: why BTC and ETH keep falling in euros; the only amounts are EUR/USD exchange rates
// written "1,1$", "1,085$" (decimal comma, glued trailing $): hard negatives next to the word Bitcoin.
const url = 'https://fr.cryptonomist.ch/2023/05/16/cours-bitcoin-ethereum-baisse/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Les cours du Bitcoin et de l’Ethereum en euro continuent de baisser',
    blocks: [
      { text: 'La performance de l’euro face au dollar', heading: 'La performance de l’euro face au dollar' },
      'Début mai, l’euro est repassé au-dessus de 1,1$, un niveau retrouvé vers la mi-avril et tenu pendant environ quatre semaines.',
      'Mais à partir du 9 mai il est retombé sous 1,1$, jusqu’à 1,085$ vendredi. Depuis, il n’a pas réussi à repasser au-dessus de 1,09$.',
      'En septembre de l’an dernier il était même descendu jusqu’à 0,95$ ; l’élément marquant reste donc le retour à 1,1$ plutôt que le petit repli de ces derniers jours, et le cours du Bitcoin en € n’a pas rebondi.',
    ],
    expect: [
      o('1,1$', 1.1),
      o('1,1$', 1.1),
      o('1,085$', 1.085),
      o('1,09$', 1.09),
      o('0,95$', 0.95),
      o('1,1$', 1.1),
    ],
  },
];
