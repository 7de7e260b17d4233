import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.faz.net/aktuell/finanzen/botcoin-der-kurs-von-kryptowaehrungen-passt-sich-den-aktien-an-18109447.html',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin: Der Kurs von Kryptowährungen passt sich den Aktien an',
    blocks: [
      'Bitcoin versprach Stabilität in der Krise – davon ist nichts zu sehen. In einer Woche hat die Kryptowährung rund 30 Prozent eingebüßt.',
      'Das war ein Irrglaube, wie sich jetzt zeigt. In den vergangenen sieben Tagen fiel der Bitcoin um etwa 30 Prozent auf rund 20.000 Dollar, den tiefsten Stand seit Ende 2020. Am Samstag war die älteste und bekannteste Cyberdevise sogar bis auf 18.732 Dollar gerutscht. Am Montag kostete sie 19.600 Dollar.',
    ],
    expect: [p('20.000 Dollar', 20000), p('18.732 Dollar', 18732), p('19.600 Dollar', 19600)],
  },
];
