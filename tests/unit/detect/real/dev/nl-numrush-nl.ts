import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://numrush.nl/2018/01/05/ethereum-duizend-dollar-waard',
    lang: 'nl',
    tags: ['format'],
    title: 'Ethereum duizend dollar waard',
    blocks: [
      'Net als andere blockchainmunten doet Ether het goed. Volgens TechCrunch is er een nieuw record: voor het eerst kost één Ether duizend dollar (ongeveer 829 euro). Alle Ether samen vertegenwoordigt nu meer dan honderd miljard dollar.',
      'Eerder deze week werd de beurswaarde van alle cryptovaluta meer dan 750 miljoen dollar. Bitcoin is het meest waard, gevolgd door Bitcoin Cash. Op drie staat Dash, met 1.100 dollar per munt.',
    ],
    expect: [
      o('duizend dollar', 1000),
      o('829 euro', 829, 'EUR'),
      o('honderd miljard dollar', 100e9),
      o('750 miljoen dollar', 750e6),
      o('1.100 dollar', 1100),
    ],
  },
];
