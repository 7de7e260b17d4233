import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.arbeitsgemeinschaft-finanzen.de/kryptowaehrung/bitcoin/',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin',
    blocks: [
      {
        text: 'Ein Bitcoin ist nicht durch einen Staat, eine Bank oder ein Unternehmen gedeckt. Grundlage ist ein Netzwerk von Computern, das aufwändige Rechenaufgaben löst.',
        heading: 'Risikoreiche Anlage für Spekulanten',
      },
      {
        text: 'Bitcoins sind zur Geldanlage nicht geeignet. Der Kurs kann innerhalb weniger Wochen stark steigen, aber ebenso schnell wieder abstürzen.',
        heading: 'Risikoreiche Anlage für Spekulanten',
      },
      {
        text: 'Gewinne, welche 600 Euro übersteigen, müssen Sie versteuern.',
        heading: 'Risikoreiche Anlage für Spekulanten',
      },
    ],
    expect: [o('600 Euro', 600, 'EUR')],
  },
];
