import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gate.io/fr/learn/articles/coinshares-mining-report/1582',
    lang: 'fr',
    tags: ['cost', 'anaphora'],
    title: 'Rapport minier de CoinShares',
    blocks: [
      'Le hashrate du réseau Bitcoin a bondi de 104 % en 2023, ce qui interroge sur sa durabilité. Voici nos résultats sur le coût moyen de production par bitcoin après le halving, mineur par mineur. Le coût moyen de production ressort à 37 856 USD.',
    ],
    expect: [c('37 856 USD', 37856)],
  },
];
