import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonews.com/it/news/bitcoin-perde-il-104-questa-settimana-i-livelli-chiave-da-osservare-per-il-prossimo-trend/',
    lang: 'it',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin perde il 10,4% questa settimana: i livelli chiave da osservare per il prossimo trend',
    blocks: [
      'Dopo una settimana negativa, con un calo di circa il 10,4%, Bitcoin attraversa una fase tecnica molto delicata.',
      'Oggi il suo prezzo si muove intorno agli 85.800 dollari, con una capitalizzazione di circa 1,70 trilioni di dollari e volumi giornalieri sui 21,1 miliardi di dollari.',
      'Bitcoin è alle prese con una resistenza chiave intorno agli 85.900 dollari, dove passano la media esponenziale a 50 giorni e una trendline discendente. Di recente era rimbalzato dal supporto di 79.100 dollari fino a questa resistenza.',
    ],
    expect: [
      p('85.800 dollari', 85800),
      o('1,70 trilioni di dollari', 1.7e12),
      o('21,1 miliardi di dollari', 21.1e9),
      p('85.900 dollari', 85900),
      p('79.100 dollari', 79100),
    ],
  },
];
