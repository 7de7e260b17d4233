import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newsbit-fr.wptest.go2people.nl/bitcoin-en-route-vers-120-000-dollars-4-raisons-pour-une-nouvelle-avancee',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin en route vers 120 000 dollars : 4 raisons pour une nouvelle avancée',
    blocks: [
      'Le cours du Bitcoin (BTC) tient remarquablement bien autour des 100 000 dollars. La plus grande cryptomonnaie du monde peut-elle toucher cette année les 120 000 dollars ?',
      {
        text: "Malgré le conflit entre l'Iran et Israël, le Bitcoin s'est maintenu vers les 100 000 dollars, puis, après l'annonce d'un cessez-le-feu, le cours est monté à 106 000 dollars.",
        heading: 'La reprise du cours et la politique de la Fed nourrissent l’optimisme',
      },
      'Chaque passage sous le seuil psychologique des 100 000 dollars a été racheté aussitôt.',
    ],
    expect: [
      p('100 000 dollars', 100000),
      p('120 000 dollars', 120000),
      p('100 000 dollars', 100000),
      p('106 000 dollars', 106000),
      p('100 000 dollars', 100000),
    ],
  },
];
