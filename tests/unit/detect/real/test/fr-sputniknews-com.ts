import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fr.sputniknews.com/economie/201712281034530597-agonie-bitcoin/',
    lang: 'fr',
    tags: ['prose', 'change', 'anaphora'],
    title: "L'agonie du Bitcoin",
    blocks: [
      "Le Bitcoin a perdu 1.200 dollars, d'après CoinMarketCap. Pour l'heure, la crypto-monnaie la plus répandue au monde se négocie autour de 14.800 dollars, après une correction qui avait brièvement ramené son cours à 16.000 dollars.",
      "Sur la plateforme Bitfinex, le repli atteignait 13% et l'on payait 14.312 dollars pour un Bitcoin. Chez GDAX, le cours a cédé 6,3% pour tomber à 14.405 dollars. Sur Bitstamp enfin, il est passé sous 14.000 dollars et l'on y cotait 13.980 dollars.",
      "Le Ripple a bondi de 8% à 1,42 dollar, tandis que l'Ethereum recule à 742,69 dollars. Le Bitcoin Cash lâche aussi 10,5% et s'établit à 2.655,19 dollars.",
      "D'ici la fin de l'année, le cours du Bitcoin pourrait rebondir pour toucher les 17.500 dollars.",
    ],
    expect: [
      o('1.200 dollars', 1200),
      p('14.800 dollars', 14800),
      p('16.000 dollars', 16000),
      p('14.312 dollars', 14312),
      p('14.405 dollars', 14405),
      p('14.000 dollars', 14000),
      p('13.980 dollars', 13980),
      o('1,42 dollar', 1.42),
      o('742,69 dollars', 742.69),
      o('2.655,19 dollars', 2655.19),
      p('17.500 dollars', 17500),
    ],
  },
  {
    url: 'https://fr.sputniknews.com/economie/201712281034530597-agonie-bitcoin/',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: "L'agonie du Bitcoin",
    blocks: [
      "«Personne ne sait quelle est la valeur plafond de cet actif (le Bitcoin, ndlr). Impossible de dire s'il vaudra zéro dollar, un million de dollars ou quelque part entre les deux», a estimé un économiste cité par Bloomberg.",
    ],
    expect: [p('zéro dollar', 0), p('un million de dollars', 1e6)],
  },
  {
    url: 'https://fr.sputniknews.com/economie/201708131032626328-dollars-4000-bitcoin/',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Le bitcoin dépasse les 4.000 dollars',
    blocks: [
      'Le bitcoin, la crypto-monnaie la plus populaire du monde, a battu des records : son cours a franchi les 4.000 dollars et sa capitalisation a dépassé 67 milliards de dollars, selon Coinmarketcap.',
      "Créé en 2009, le bitcoin est la première monnaie électronique décentralisée, avec une capitalisation supérieure à 6 milliards d'euros.",
    ],
    expect: [
      p('4.000 dollars', 4000),
      o('67 milliards de dollars', 67e9),
      o("6 milliards d'euros", 6e9, 'EUR'),
    ],
  },
];
