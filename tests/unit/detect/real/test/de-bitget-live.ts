import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitget.live/de/news/detail/12560605179220',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Strategy hat zwischen dem 26. Januar und dem 1. Februar weitere 855 Bitcoin für rund 75,3 Millionen Dollar gekauft.',
      'Der Gesamtbestand liegt nun bei 713.502 BTC, wobei der Marktwert zeitweise knapp unter dem gesamten Einstand gelegen haben soll.',
      'Strategy hat seine Bitcoin-Position abermals ausgebaut. In einem am Montag bei der U.S. Securities and Exchange Commission eingereichten 8-K meldet das Unternehmen den Kauf von 855 Bitcoin für etwa 75,3 Millionen US-Dollar. Der durchschnittliche Kaufpreis lag demnach bei 87.974 Dollar je Bitcoin, erfasst ist die Woche vom 26. Januar bis zum 1. Februar.',
      '713.502 BTC im Bestand, Durchschnittskurs bei 76.052 Dollar',
      'Nach Angaben von Michael Saylor hält Strategy nun insgesamt 713.502 Bitcoin. Zum jeweils aktuellen Kurs bewertet entspricht das grob rund 56 Milliarden Dollar, wobei solche Zahlen naturgemäß mit dem Spotpreis schwanken.',
      'Die gesamten Anschaffungskosten beziffert das Unternehmen auf etwa 54,3 Milliarden Dollar inklusive Gebühren und Aufwendungen. Der durchschnittliche Einstandspreis über alle Käufe liegt damit bei 76.052 Dollar pro Bitcoin.',
    ],
    expect: [
      o('75,3 Millionen Dollar', 75300000),
      o('75,3 Millionen US-Dollar', 75300000),
      p('87.974 Dollar', 87974),
      p('76.052 Dollar', 76052),
      o('56 Milliarden Dollar', 56000000000),
      o('54,3 Milliarden Dollar', 54300000000),
      p('76.052 Dollar', 76052),
    ],
  },
];
