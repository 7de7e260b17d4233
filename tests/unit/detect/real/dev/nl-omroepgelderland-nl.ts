import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.omroepgelderland.nl/nieuws/6727304/Zelfs-oma-kan-in-bitcoin-handelen-dankzij-deze-app-uit-Nijmegen',
    lang: 'nl',
    tags: ['prose'],
    title: 'Zelfs oma kan in bitcoin handelen dankzij deze app uit Nijmegen',
    blocks: [
      {
        heading: "Twee dure pizza's",
        text: 'Toon Schraven van BTC Direct: "Iedere keer dat geld minder waard wordt, stijgt de prijs van bitcoin. Kijk je naar de twaalf jaar sinds bitcoin ontstond, dan zie je dat de bodem steeds hoger is komen te liggen."',
      },
      {
        heading: "Twee dure pizza's",
        text: 'Zo kostte 1 bitcoin (btc) in het begin nog vrijwel niets, maar kwam de prijs begin dit jaar boven de 40.000 dollar uit.',
      },
    ],
    expect: [p('40.000 dollar', 40000)],
  },
];
