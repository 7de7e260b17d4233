import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.blikopnieuws.nl/nieuws/274526/zes-aanhoudingen-in-onderzoek-naar-diefstal-van-24-miljoen-euro-aan-cryptomunten.html',
    lang: 'nl',
    tags: ['prose'],
    title: 'Zes aanhoudingen in onderzoek naar diefstal van 24 miljoen euro aan cryptomunten',
    blocks: [
      'Zes aanhoudingen in onderzoek naar diefstal van 24 miljoen euro aan cryptomunten',
      'Drie verdachten zijn in Nederland aangehouden, de andere drie in het Verenigd Koninkrijk.',
      'De aanhoudingen horen bij een groter internationaal onderzoek naar de diefstal van cryptomunten ter waarde van 24 miljoen euro, van meer dan vierduizend slachtoffers wereldwijd.',
    ],
    expect: [o('24 miljoen euro', 24e6, 'EUR'), o('24 miljoen euro', 24e6, 'EUR')],
  },
];
