import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://solarmodule-gladbeck.de/?p=27112',
    lang: 'de',
    tags: ['label-value', 'format'],
    title: 'Bitcoin Mining mit Photovoltaik: Lohnt sich das mit Speicher?',
    blocks: [
      {
        heading: 'Ausgangssituation',
        text: 'Hinweis zur Berechnung: Die Erträge hängen nicht nur von Stromverbrauch und BTC-Kurs ab, sondern auch von Hashrate und Difficulty des Netzwerks. Die Werte gelten für den Stand Juni 2025.',
      },
      {
        heading: 'Ausgangssituation',
        text: 'Aktueller Bitcoin-Kurs (Juni 2025): ca. 100.000 €/BTC – Grundlage dieser Berechnungen.',
      },
      {
        heading: 'Ausgangssituation',
        text: 'Vergleich: Bitcoin-Mining bringt derzeit ca. 15 Cent Gewinn pro kWh, die Netzeinspeisung dagegen nur ca. 8 Cent/kWh.',
      },
      {
        heading: 'Ausgangssituation',
        text: 'PV-Anlage: 30 kWp, gute Ausrichtung, Jahresertrag ca. 28.500 kWh',
      },
      { heading: 'Ausgangssituation', text: 'Miner: Antminer S21, Verbrauch 3,6 kW, 200 TH/s' },
      { heading: 'Ausgangssituation', text: 'Vergütung für Netzeinspeisung: 8 Cent/kWh' },
      { heading: 'Ausgangssituation', text: 'Stromkosten für Mining: 0 € (nur eigener PV-Strom)' },
      {
        heading: 'Ausgangssituation',
        text: 'Wärmerückgewinnung: ca. 3 kW nutzbare Abwärme, ersetzt Heizkosten',
      },
    ],
    expect: [
      p('100.000 €', 100000, 'EUR'),
      o('15 Cent', 0.15, 'EUR'),
      o('8 Cent', 0.08, 'EUR'),
      o('8 Cent', 0.08, 'EUR'),
      o('0 €', 0, 'EUR'),
    ],
  },
];
