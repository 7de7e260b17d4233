import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.zdf.de/nachrichten/heute/um-etwa-1-000-dollar-bitcoin-kurs-bricht-stark-ein-100.html',
    lang: 'de',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Um etwa 1.000 Dollar: Bitcoin-Kurs bricht stark ein',
    blocks: [
      'Um etwa 1.000 Dollar: Bitcoin-Kurs bricht stark ein',
      'Der Kurs der Digitalwährung Bitcoin ist stark eingebrochen. Am Morgen wurde der Bitcoin auf der Luxemburger Handelsplattform Bitstamp bei 8.440 US-Dollar gehandelt. Zeitweise ging es bis an die Marke von 8.000 Dollar nach unten und damit auf den tiefsten Stand seit Juni.',
      'Am Vorabend hatte der Kurs noch bei 9.500 Dollar gelegen und zu Beginn der Woche knapp unter 10.000 Dollar. Marktbeobachter konnten keinen eindeutigen Grund für den Kursrutsch ausmachen.',
    ],
    expect: [
      o('1.000 Dollar', 1000),
      p('8.440 US-Dollar', 8440),
      p('8.000 Dollar', 8000),
      p('9.500 Dollar', 9500),
      p('10.000 Dollar', 10000),
    ],
  },
];
