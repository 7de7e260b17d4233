import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://text.orf.at/channel/orf1/page/154/1.html',
    lang: 'de',
    tags: ['change', 'anaphora', 'format'],
    title: 'Bitcoin bricht weiter ein',
    blocks: [
      'Bitcoin bricht weiter ein',
      'Zum Wochenende geriet der Bitcoin\nstärker unter Druck. Heute kostete\ndie älteste und bekannteste\nDigitalwährung knapp 79.000 Dollar. So\ntief stand der Kurs zuletzt im April',
      'Mit den Verlusten am Wochenende wuchs\ndas Minus seit Jahresbeginn auf knapp\n9.000 Dollar oder etwa zehn Prozent.\nSeit dem Rekordhoch von mehr als\n126.000 Dollar im November hat die\nWährung inzwischen rund 47.000 Dollar\noder fast 40 Prozent eingebüßt.',
    ],
    expect: [
      p('79.000 Dollar', 79000),
      o('9.000 Dollar', 9000),
      p('126.000 Dollar', 126000),
      o('47.000 Dollar', 47000),
    ],
  },
];
