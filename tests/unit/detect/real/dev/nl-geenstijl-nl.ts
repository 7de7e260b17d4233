import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.geenstijl.nl/5167701/binance-ziet-af-van-overname-ftx-bitcoin-keldert-rond-de-16-000-crypto-markt-crasht/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Binance ziet af van overname FTX, bitcoin keldert rond de 16.000, crypto-markt crasht',
    blocks: [
      "FTX was de rijzende ster onder de cryptobeurzen. Het logo prijkte op de Mercedes F1-wagens en racepakken van Hamilton en Russell, het bedrijf had superster Tom Brady - die zo'n beetje z'n hele geïnvesteerde fortuin van $650 miljoen dreigt kwijt te raken - als partner en ambassadeur, er was een Super Bowl-reclame met Larry David, enz. Kortom: een enorm grote naam, die ineens $8000.000.000 ($8 miljard) tekort kwam. Dat gebeurt nu eenmaal soms in die kringen.",
      'Het bedrijf had een reddingsovername nodig en even leek het erop dat de grootste cryptobeurs ter wereld - het van oorsprong Chinese Binance - FTX uit de brand zou helpen. Maar vandaag bleek dat ook die deal niet doorgaat.',
      'Klanten van FTX zelf trokken in 72 uur in totaal $6 miljard (!) terug uit hun accounts. Ter vergelijking: de grootste bankrun in de Amerikaanse geschiedenis was WaMu in 2008, waarbij de run neerkwam op $16,7 miljard in 9 dagen.',
      'Bitcoin de afgelopen 7 dagen',
    ],
    expect: [
      o('$650 miljoen', 650e6),
      o('$8000.000.000', 8e9),
      o('$8 miljard', 8e9),
      o('$6 miljard', 6e9),
      o('$16,7 miljard', 16.7e9),
    ],
  },
];
