import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.csrqoa.com/fr/crypto-wiki/article/understanding-bitcoin-mining-costs-insights-from-industry-data-20251224',
    lang: 'fr',
    tags: ['cost', 'prose'],
    title: 'Comprendre les coûts du minage de Bitcoin',
    blocks: [
      "Le coût du minage de Bitcoin (BTC) est un repère clé de l'économie des cryptomonnaies. Selon les données du secteur, le coût total du minage se situe en général entre 26 000 $ et 36 000 $ par BTC, avec de forts écarts selon la région.",
      "Coût de l'électricité (60 % à 70 % du total) : les tarifs vont de 0,03 $/kWh dans les zones hydroélectriques à 0,15 $/kWh ailleurs.",
      "Coût du matériel : les machines de pointe valent entre 5 000 $ et 10 000 $ l'unité.",
    ],
    expect: [
      c('26 000 $', 26000),
      c('36 000 $', 36000),
      o('0,03 $/kWh', 0.03),
      o('0,15 $/kWh', 0.15),
      o('5 000 $', 5000),
      o('10 000 $', 10000),
    ],
  },
];
