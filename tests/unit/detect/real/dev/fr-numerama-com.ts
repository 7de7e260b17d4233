import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.numerama.com/tech/319389-la-valeur-de-lethereum-devance-a-nouveau-celle-du-ripple-sur-coinmarketcap.html?utm_medium=distibuted&utm_source=rss&utm_campaign=319389',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Le règne du Ripple à la deuxième place du marché des crypto-monnaies serait-il terminé ? L’Ethereum a retrouvé sa médaille d’argent, juste derrière le Bitcoin, d’après le site CoinMarketCap.',
      'Longtemps précédée uniquement par le Bitcoin, l’Ethereum avait été reléguée sur la troisième marche du podium par la percée du Ripple début janvier.',
      'La valeur du Ripple a chuté de près de 28 % en vingt-quatre heures. De son côté, l’Ethereum a connu une baisse plus légère, d’environ 3 % ; à l’heure où ces lignes sont écrites, sa valeur serait proche des 1 080 $.',
    ],
    expect: [o('1 080 $', 1080)],
  },
];
