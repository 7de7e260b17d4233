import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nachrichten-online.eu/2021/02/21/kryptowaehrung-bitcoin-hoehenflug-geht-weiter-60-000-dollar-marke-im-visier/',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin-Höhenflug geht weiter: 60.000-Dollar-Marke im Visier',
    blocks: [
      'Kryptowährung',
      'Bitcoin-Höhenflug geht weiter: 60.000-Dollar-Marke im Visier',
      'Der Bitcoin steigt und steigt. Immer mehr Anleger springen auf und treiben den Kurs. Beobachtern zufolge könnte die Kletterpartie aber aus dem Ruder laufen.',
      'Die Rally bei den meisten Kryptowährungen hat sich am Wochenende fortgesetzt. Am Sonntagmittag stieg der Bitcoin-Kurs bis auf über 57.800 Dollar und war damit nochmals etwas teurer als bei seinem jüngsten Hoch vom Samstag.',
      'Zuletzt kostete die bekannteste und wichtigste Kryptowährung auf der Handelsplattform Bitstamp mit rund 57.200 Dollar wieder etwas weniger, lag aber weiter über dem Niveau vom Freitag und hat die Marke von 60.000 Dollar im Visier. Zum Wochenausklang war der Bitcoin erstmals mehr als 55.000 Dollar wert und knackte damit bei der gesamten Marktkapitalisierung die Marke von einer Billion Dollar.',
    ],
    expect: [
      p('60.000-Dollar', 60000),
      p('57.800 Dollar', 57800),
      p('57.200 Dollar', 57200),
      p('60.000 Dollar', 60000),
      p('55.000 Dollar', 55000),
      o('einer Billion Dollar', 1000000000000),
    ],
  },
];
