import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fr.beincrypto.com/marches/90889/bitcoin-consommation-energie-diminue-mineurs-baisse-revenus',
    lang: 'fr',
    tags: ['prose'],
    blocks: [
      'Selon le Cambridge Bitcoin Electricity Consumption Index, la consommation d’énergie de Bitcoin a reculé de 25 % depuis le début du mois : 10,65 gigawatts aujourd’hui, contre 14,34 gigawatts le 6 juin, soit 93,33 térawattheures annualisés.',
      'Le taux de hachage est tombé à 199,225 exahash par seconde (EH/s) ces deux dernières semaines, après le record de 231,428 EH/s du 13 juin, soit une chute de près de 14 %.',
      'Le cours de Bitcoin étant passé sous les 20 000 dollars ce mois-ci, certains mineurs ont stoppé leur activité, le minage devenant moins rentable.',
      {
        text: 'Un rapport récent d’Arcane Research montre que les mineurs cotés en bourse ont vendu tous les BTC minés en mai.',
        heading: 'Les mineurs vendent leurs actifs Bitcoin',
      },
    ],
    expect: [p('20 000 dollars', 20000)],
  },
];
