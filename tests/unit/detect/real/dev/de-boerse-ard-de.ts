import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://boerse.ard.de/anlageformen/kryptowaehrungen/sind-nun-auch-die-miner-am-ende100.html',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Nach Bitcoin-Crash: Sind nun auch die Miner am Ende?',
    blocks: [
      'Der Bitcoin ist zuletzt vier Monate in Folge gefallen. Nicht nur für Anleger ist der Absturz verheerend.',
      'Über 47 Prozent hat die bekannteste und größte Kryptowährung der Welt seit Anfang November an Wert verloren. Eine Erholung ist nicht in Sicht.',
      'Aktuell steht der Kurs bei etwa 3.350 Dollar, mehr als 80 Prozent unter dem Allzeithoch von 20.000 Dollar im Dezember 2017. Das ist der tiefste Stand seit 16 Monaten.',
    ],
    expect: [p('3.350 Dollar', 3350), p('20.000 Dollar', 20000)],
  },
];
