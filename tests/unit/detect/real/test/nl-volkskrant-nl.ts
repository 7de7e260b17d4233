import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.volkskrant.nl/economie/economieblog-bitcoingekte-op-weg-naar-nieuw-hoogtepunt-virtuele-munt-bijna-3000-dollar-waard~a4493719/',
    lang: 'nl',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Economieblog: bitcoingekte op weg naar nieuw hoogtepunt, virtuele munt bijna 3000 dollar waard',
    blocks: [
      'Bitcoin op weg naar 3000 dollar',
      'Gisteren ging de bitcoin voor het eerst boven de 2900 dollar (ruim 2500 euro): 6 procent erbij op één dag en 210 procent dit jaar.',
      "Op 22 mei 2010 vond de allereerste bitcoin-transactie plaats: iemand betaalde twee pizza's met 10 duizend bitcoins. Dezelfde hoeveelheid bitcoins zou nu 20 miljoen euro waard zijn.",
    ],
    expect: [
      p('3000 dollar', 3000),
      p('2900 dollar', 2900),
      p('2500 euro', 2500, 'EUR'),
      o('20 miljoen euro', 20e6, 'EUR'),
    ],
  },
];
