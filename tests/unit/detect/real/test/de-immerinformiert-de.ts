import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://immerinformiert.de/bitcoin/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin-Prognosen im Check',
    blocks: [
      'Der Höhenflug des Bitcoins mit einem Rekordwert von knapp 20.000 Euro liegt fast drei Jahre zurück, doch die Kryptowährung steht bei vielen Tradern und Investoren weiter im Fokus. Verlässliche Prognosen sind in diesem jungen, unregulierten Markt äußerst schwierig.',
      {
        text: 'Bitcoin 2020: Kursplus von mehr als 80 Prozent',
        heading: 'Bitcoin 2020: Kursplus von mehr als 80 Prozent',
      },
      {
        text: 'Nach dem Einbruch im März erholte sich der Kurs rasch auf das Vorkrisenniveau und darüber hinaus. Bisher steht ein Plus von über 80 Prozent; Ende Oktober notierte der Bitcoin bei etwa 13.100 US-Dollar.',
        heading: 'Bitcoin 2020: Kursplus von mehr als 80 Prozent',
      },
      { text: 'Brave New Coin-CEO Fran Strajnar', heading: 'Brave New Coin-CEO Fran Strajnar' },
      {
        text: 'Deutlich daneben lag Fran Strajnar, der im Mai 2019 erklärte, man sollte spätestens am 1. Januar 2020 200.000 Dollar pro Bitcoin sehen. Tatsächlich kostete der Einstieg zu diesem Zeitpunkt nur 7.193,66 US-Dollar, und selbst das Jahreshoch lag mit 13.848 US-Dollar weit von seiner Vorhersage entfernt.',
        heading: 'Brave New Coin-CEO Fran Strajnar',
      },
    ],
    expect: [
      p('20.000 Euro', 20000, 'EUR'),
      p('13.100 US-Dollar', 13100),
      p('200.000 Dollar', 200000),
      p('7.193,66 US-Dollar', 7193.66),
      p('13.848 US-Dollar', 13848),
    ],
  },
];
