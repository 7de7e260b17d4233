import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nieuws.btcdirect.eu/analyse-bitcoin-41000/',
    lang: 'nl',
    tags: ['prose', 'change', 'format'],
    title: 'Analyse: Bitcoin stuitert omhoog en is op weg naar 34.000 euro',
    blocks: [
      'Analyse: Bitcoin stuitert omhoog en is op weg naar 34.000 euro',
      'Zaterdag schoot bitcoin ruim 3.000 dollar (2.500 euro) omhoog, maar de cryptocurrency dook even snel weer omlaag als de temperatuur.',
      {
        heading: 'Omhoog op cruciaal punt',
        text: 'Op de vier-uursgrafiek stuiterde bitcoin omhoog op een belangrijk niveau: de blauwe balk rond 38.000 dollar (31.570 euro). Zondag werd die weerstand omgezet in een ondersteuning. Nu ligt de nieuwe weerstand van 40.000 dollar (33.232 euro) in het vizier.',
      },
      {
        heading: 'Andere indicator ook positief',
        text: 'Stel, jij koopt één bitcoin ter waarde van 5.000 dollar. De koers is gestegen naar 10.000 dollar. Dan is 2 jouw SOPR.',
      },
    ],
    expect: [
      p('34.000 euro', 34000, 'EUR'),
      o('3.000 dollar', 3000),
      o('2.500 euro', 2500, 'EUR'),
      p('38.000 dollar', 38000),
      p('31.570 euro', 31570, 'EUR'),
      p('40.000 dollar', 40000),
      p('33.232 euro', 33232, 'EUR'),
      p('5.000 dollar', 5000),
      p('10.000 dollar', 10000),
    ],
  },
];
