import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.rtvslo.si/posebnaponudba/bitcoin-se-priblizuje-rekordni-vrednosti/411733',
    lang: 'sl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin se približuje rekordni vrednosti',
    blocks: [
      'Bitcoin se približuje rekordni vrednosti',
      'Med današnjim trgovanjem po indeksu BPI je dosegel že vrednost 1153 dolarjev.',
      'Vrednost internetne valute bitcoin se približuje rekordni vrednosti. Tečaj bitcoina je namreč med današnjim trgovanjem po indeksu BPI dosegel že vrednost 1153 dolarjev, medtem ko njegova zgodovinsko najvišja vrednost, dosežena leta 2013, znaša 1165,89 dolarja.',
      'Celotna tržna kapitalizacija bitcoina danes znaša več kot 18 milijard dolarjev. S tem bitcoin prekaša druge digitalne valute, a to še vedno predstavlja le drobec vrednosti globalnih valut.',
    ],
    expect: [
      p('1153 dolarjev', 1153),
      p('1153 dolarjev', 1153),
      p('1165,89 dolarja', 1165.89),
      o('18 milijard dolarjev', 18e9),
    ],
  },
];
