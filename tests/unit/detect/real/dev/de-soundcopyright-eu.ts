import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.soundcopyright.eu/system/',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin System',
    blocks: [
      'Steuerpflichtig wird der Bitcoin-Handel, wenn der erzielte Gewinn größer als 600 € ist und zwischen Erwerb und Veräußerung der BTCs weniger als ein Jahr liegt.',
      'Findet das Mining privat statt, liegt der Steuerfreibetrag bei 256 Euro. Darüber liegende Gewinne werden nach dem persönlichen Einkommensteuersatz versteuert.',
    ],
    expect: [o('600 €', 600, 'EUR'), o('256 Euro', 256, 'EUR')],
  },
];
