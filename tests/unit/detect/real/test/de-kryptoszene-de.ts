import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kryptoszene.de/news/historische-widerstandslinie-zeigt-bitcoin-koennte-fruehestens-im-dezember-2022-auf-100-000-dollar-steigen',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title:
      'Historische Widerstandslinie zeigt: Bitcoin könnte frühestens im Dezember 2022 auf 100.000 Dollar steigen',
    blocks: [
      'Vor dem aktuellen Bullenzyklus gingen die Preisziele für BTC/USD weit auseinander. Zurückhaltende Analysten hielten schon das zuletzt erreichte Allzeithoch von 65.000 Dollar für utopisch – vor einem Jahr notierte Bitcoin schließlich noch unter 10.000 Dollar.',
      'Mit rund 34.000 Dollar zum Zeitpunkt der Veröffentlichung liegt BTC/USD immer noch etwa 273 Prozent über dem Vorjahr, zeigen Daten von coincodex.com.',
      'JP Morgan ermittelt in seiner Analyse derzeit einen „fairen Zeitwert“ von 35.000 Dollar für den Bitcoin – ziemlich genau der Bereich, in dem sich BTC/USD gerade bewegt. Langfristig hält die Bank aber einen Preis von 144.000 Dollar für realistisch.',
    ],
    expect: [
      p('65.000 Dollar', 65000),
      p('10.000 Dollar', 10000),
      p('34.000 Dollar', 34000),
      p('35.000 Dollar', 35000),
      p('144.000 Dollar', 144000),
    ],
  },
];
