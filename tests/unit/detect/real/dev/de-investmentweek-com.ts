import { p, type RealCase } from '../labels';

// investmentweek.com (German): halving-cycle scenarios; "57.000 US-Dollar" now, Bernstein's 200.000 target,
// a 2028 drawdown level and "1 Million US-Dollar" by 2030, all written out with "US-Dollar".
const url =
  'https://investmentweek.com/bitcoin-in-der-halving-zyklus-dynamik-drei-zukunftige-szenarien-im-fokus';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin in der Halving-Zyklus-Dynamik: drei zukünftige Szenarien im Fokus',
    blocks: [
      'Fast fünf Monate nach der Bitcoin-Halbierung im April ist die erhoffte Preisspirale ausgeblieben. Stattdessen notiert die Kryptowährung bei etwa 57.000 US-Dollar, zehn Prozent unter dem April-Wert.',
      'So gesehen könnte Bitcoin in den nächsten 12 bis 18 Monaten ein neues Allzeithoch erreichen – vielleicht bis zu 200.000 US-Dollar, wie Bernstein prognostiziert. Cathie Wood warnt vor Rückgängen von über 77%: Steigt der Kurs 2025 auf 200.000 US-Dollar, könnte er 2028 auf 40.000 US-Dollar fallen.',
      'Soll Bitcoin bis 2030 tatsächlich die Marke von 1 Million US-Dollar erreichen, wäre eine jährliche Rendite von 75% nötig.',
    ],
    expect: [
      p('57.000 US-Dollar', 57000),
      p('200.000 US-Dollar', 200000),
      p('200.000 US-Dollar', 200000),
      p('40.000 US-Dollar', 40000),
      p('1 Million US-Dollar', 1e6),
    ],
  },
];
