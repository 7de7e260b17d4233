import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gate.com.tr/fr/learn/articles/coinshares-mining-report/1582',
    lang: 'fr',
    tags: ['cost', 'label-value'],
    title:
      'Rapport minier de CoinShares : La réduction de moitié et son impact sur le taux de hachage et les structures de coûts des mineurs',
    blocks: [
      {
        text: "• Dynamique de l'exploitation minière : l'ajustement de la difficulté rend l'offre inélastique. Après le halving, les mineurs les plus chers risquent de souffrir. Ce document estime le coût moyen de production par bitcoin après le halving à 37 856 dollars américains.",
        heading: 'Résumé',
      },
    ],
    expect: [c('37 856 dollars américains', 37856)],
  },
];
