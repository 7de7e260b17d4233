import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://weltwoche.ch/story/das-schnelle-geld',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Das schnelle Geld',
    blocks: [
      'Schon der Preisverlauf lässt die Alarmglocken läuten. Im Juni 2011, eineinhalb Jahre nach den ersten Einheiten der Onlinewährung, lag der Preis bei 7 Cent. Im Juni 2010 war er auf 7 US-Dollar gestiegen. Derzeit notiert der Bitcoin um 4000 US-Dollar.',
      'Dies ist ein ABO-Artikel\nJetzt für CHF 9.- im ersten Monat abonnieren\nNur für Neukunden, danach CHF 29.-/Monat und jederzeit kündbar.',
    ],
    expect: [
      p('7 Cent', 0.07),
      p('7 US-Dollar', 7),
      p('4000 US-Dollar', 4000),
      o('CHF 9.-', 9, 'CHF'),
      o('CHF 29.-', 29, 'CHF'),
    ],
  },
];
