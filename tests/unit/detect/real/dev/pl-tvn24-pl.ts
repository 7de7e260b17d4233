import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tvn24.pl/biznes/rynki/mit-bitcoina-wyparowuje-nie-jest-to-rewolucja-monetarna-st8882697?source=rss',
    lang: 'pl',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Od osiągnięcia rekordu na początku października - 125 tys. dolarów za bitcoina - kurs najważniejszej kryptowaluty spada. W środę rano za jeden token trzeba było zapłacić 76 tys. dolarów. To oznacza spadek o 13 proc. tylko w tym roku.',
    ],
    expect: [p('125 tys. dolarów', 125000), p('76 tys. dolarów', 76000)],
  },
];
