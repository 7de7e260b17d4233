import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.krypto-wiki.de/kryptowaehrungen/',
    lang: 'de',
    tags: ['widget', 'label-value'],
    title: 'Kryptowährungen',
    blocks: [
      'Hier findest du die aktuellen Kurse aller größeren Kryptowährungen. Ein Klick auf eine Kryptowährung führt zu mehr Informationen.',
      'Bitcoin\n$63,512.18',
      'Ethereum\n$2,480.98',
      'Tether\n$1.00',
      'XRP\n$0.54',
      'Litecoin\n$67.30',
      'Bitcoin Cash\n$328.82',
      'Wrapped Bitcoin\n$63,360.34',
      'Bitcoin SV\n$46.96',
    ],
    expect: [
      p('$63,512.18', 63512.18),
      o('$2,480.98', 2480.98),
      o('$1.00', 1),
      o('$0.54', 0.54),
      o('$67.30', 67.3),
      o('$328.82', 328.82),
      o('$63,360.34', 63360.34),
      o('$46.96', 46.96),
    ],
  },
];
