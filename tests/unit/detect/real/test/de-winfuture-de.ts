import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://winfuture.de/news,141522.html',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin bricht Rekorde: Nur die USA hinken nach',
    blocks: [
      'Sein letztes Allzeithoch hatte Bitcoin am 10. November 2021 erreicht: in Euro bei rund 59.700 Euro, in US-Dollar bei 69.000 Dollar. Am Montag wurde dieser Wert auf den europäischen Märkten erstmals übertroffen. Mit rund 59.000 Euro war die Kryptowährung in den Tag gestartet und kletterte bis 10 Uhr auf ein neues Allzeithoch von 60.348 Euro.',
      'Laut Decrypt lag das Handelsvolumen bis 10 Uhr deutscher Zeit bereits bei über 27 Milliarden US-Dollar – mehr als am ganzen Vortag.',
    ],
    expect: [
      p('59.700 Euro', 59700, 'EUR'),
      p('69.000 Dollar', 69000),
      p('59.000 Euro', 59000, 'EUR'),
      p('60.348 Euro', 60348, 'EUR'),
      o('27 Milliarden US-Dollar', 27e9),
    ],
  },
];
