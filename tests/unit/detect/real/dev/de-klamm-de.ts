import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.klamm.de/news/10-jahre-bitcoin-ein-rueckblick-53N27c9e.html',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: '10 Jahre Bitcoin: Ein Rückblick',
    blocks: [
      '17. Dezember 2017: Der Bitcoin knackt beinahe die 20.000 US Dollar-Grenze – schon lange ist von „Gold 2.0“ die Rede. Wenige Tage später folgt der Absturz. Heute liegt der Bitcoin bei unter 4.000 US Dollar.',
      {
        text: '3. Januar 2009: Vor zehn Jahren wurden erstmals 50 Coins der Kryptowährung Bitcoin ausbezahlt – die bekannteste digitale Währung der Welt war geboren.',
        heading: 'Mehrfach für tot erklärt und noch immer lebendig',
      },
      {
        text: 'Lag der Wert des Bitcoin 2009 bei 0,00 US Dollar, so hätten die 50 Coins von damals heute einen Wert von 190.000 US Dollar – gegen Ende 2017 wären es noch 975.000 US Dollar gewesen.',
        heading: 'Der Kurs ist in einem Jahr um 80 Prozent gefallen',
      },
    ],
    expect: [
      p('20.000 US Dollar', 20000),
      p('4.000 US Dollar', 4000),
      p('0,00 US Dollar', 0),
      o('190.000 US Dollar', 190000),
      o('975.000 US Dollar', 975000),
    ],
  },
];
