import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://journalducoin.com/bitcoin/bitcoin-96-100-cout-production-btc',
    lang: 'fr',
    tags: ['cost', 'label-value', 'anaphora'],
    title: 'Bitcoin à 96 100 $ ? Le coût caché de production d’un BTC révélé !',
    blocks: [
      'Bitcoin à 96 100 $ ? Le coût caché de production d’un BTC révélé !',
      "- D'après CoinShares, produire un Bitcoin n'a jamais coûté aussi cher : 49 500 $ de dépenses moyennes au deuxième trimestre 2024, et 96 100 $ avec l'amortissement du matériel.",
      {
        text: "En moyenne, les mineurs cotés dépensent 49 500 $ de coûts directs par BTC extrait au deuxième trimestre 2024, contre 47 200 $ au premier. En ajoutant amortissement et paiements en actions, l'addition grimperait à 96 100 $ pour un bitcoin.",
        heading: 'Les coûts actuels de production du Bitcoin : un record historique',
      },
    ],
    expect: [
      c('96 100 $', 96100),
      c('49 500 $', 49500),
      c('96 100 $', 96100),
      c('49 500 $', 49500),
      c('47 200 $', 47200),
      c('96 100 $', 96100),
    ],
  },
  {
    url: 'https://journalducoin.com/actualites/bitcoin-chute-41000-euro-inquietude',
    lang: 'fr',
    tags: ['anaphora', 'prose', 'format'],
    title: 'Bitcoin trébuche et chute lourdement à 40 900 euros (-9%) : faut-il s’inquiéter ?',
    blocks: [
      'Bitcoin trébuche et chute lourdement à 40 900 euros (-9%) : faut-il s’inquiéter ?',
      "Ces derniers jours, et surtout cette nuit, n'ont pas ménagé le roi des cryptomonnaies.",
      'Selon Bybt, pas moins de 3,4 milliards de dollars ont été liquidés en 24 heures. Pour le seul Bitcoin, quelque 26 000 bitcoins ont été balayés, soit 1,29 milliard de dollars partis en fumée.',
    ],
    expect: [
      p('40 900 euros', 40900, 'EUR'),
      o('3,4 milliards de dollars', 3.4e9),
      o('1,29 milliard de dollars', 1.29e9),
    ],
  },
];
