import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kriptotarca.hu/vihar-elotti-csend-a-kriptopiacon-miert-figyel-mindenki-a-fed-dontesere-es-hogyan-zuhanhat-akar-50-000-dollarig-a-bitcoin',
    lang: 'hu',
    tags: ['prose', 'format'],
    title:
      'Vihar előtti csend a kriptopiacon: miért figyel mindenki a Fed döntésére, és hogyan zuhanhat akár 50 000 dollárig a Bitcoin?',
    blocks: [
      'Vihar előtti csend a kriptopiacon: miért figyel mindenki a Fed döntésére, és hogyan zuhanhat akár 50 000 dollárig a Bitcoin?',
      'A Bitcoin árfolyama az elmúlt hónapok hullámvasútja után újabb kritikus ponthoz érkezett. A befektetők világszerte a Federal Reserve soron következő kamatdöntésére figyelnek, miközben egyre több elemző figyelmeztet: még egy kamatcsökkentés sem feltétlenül fordítja meg a trendet. Miért beszél ma mindenki a 70 000, 50 000 vagy akár 100 000 dolláros szintekről?',
    ],
    expect: [
      p('50 000 dollárig', 50000),
      p('70 000', 70000),
      p('50 000', 50000),
      p('100 000 dolláros', 100000),
    ],
  },
];
