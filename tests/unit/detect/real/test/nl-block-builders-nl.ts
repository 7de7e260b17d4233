import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://block-builders.nl/binance-accepteert-43-miljard-dollar-boete-in-vs-cz-treedt-af-als-ceo/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Binance accepteert 4,3 miljard dollar boete in VS – CZ treedt af als CEO',
    blocks: [
      'Binance accepteert 4,3 miljard dollar boete in VS – CZ treedt af als CEO',
      '’s Werelds grootste cryptobeurs Binance gaat akkoord met een boete van 4,3 miljard dollar om rechtszaken in de VS buiten de rechter om te schikken. CEO Changpeng Zhao (CZ) legt per direct zijn functie neer.',
      'Het ontslag van de 46-jarige is onderdeel van een deal tussen Binance en het Amerikaanse ministerie van Justitie, met boetes van in totaal 4,3 miljard dollar. Daarmee stoppen ook de onderzoeken en rechtszaken van de SEC en de CFTC tegen Zhao en Binance.',
    ],
    expect: [o('4,3 miljard dollar', 4.3e9), o('4,3 miljard dollar', 4.3e9), o('4,3 miljard dollar', 4.3e9)],
  },
];
