import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.digitalfernsehen.de/Bitcoin-faellt-auf-Jahrestief-unter-6-000-Dollar.166655.0.html',
    lang: 'de',
    tags: ['prose'],
    title: 'Bitcoin fällt auf Jahrestief unter 6.000 Dollar',
    blocks: [
      'Bitcoin fällt auf Jahrestief unter 6.000 Dollar',
      'Für die Digitalwährung Bitcoin geht die Talfahrt weiter. Am Freitag rutschte der Kurs der am Computer erzeugten Währung abermals unter die Marke von 6.000 US-Dollar.',
      'Auf der Handelsplattform Bitstamp wurde ein Jahrestief von 5774 Dollar markiert. Seit Jahresbeginn summieren sich die Verluste auf rund 55 Prozent. Vom Rekordhoch aus dem Dezember 2017 bei etwa 20.000 Dollar ist der aktuelle Kurs weit entfernt.',
    ],
    expect: [
      p('6.000 Dollar', 6000),
      p('6.000 US-Dollar', 6000),
      p('5774 Dollar', 5774),
      p('20.000 Dollar', 20000),
    ],
  },
];
