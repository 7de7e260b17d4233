import { o, type RealCase } from '../labels';

const url = 'https://avvafinanz.de/?p=2517';
const title = 'Lohnt sich Bitcoin-Mining zu Hause 2025?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'de',
    tags: ['label-value', 'format'],
    title,
    blocks: [
      '1. Die Strompreis-Falle',
      'Die Rentabilität beim Bitcoin-Mining steht und fällt mit den Betriebskosten. In Deutschland ist Strom im internationalen Vergleich extrem teuer.',
      'Durchschnittspreis (Bestandskunden): ca. 33,5 ct/kWh.',
      'Günstige Neukundentarife: ca. 22–25 ct/kWh.',
      'Zum Vergleich: Damit Mining profitabel ist, müsste der Strompreis meist deutlich unter 8–10 ct/kWh liegen.',
    ],
    expect: [
      o('33,5 ct', 0.335, 'EUR'),
      o('22', 0.22, 'EUR'),
      o('25 ct', 0.25, 'EUR'),
      o('8', 0.08, 'EUR'),
      o('10 ct', 0.1, 'EUR'),
    ],
  },
  {
    url,
    lang: 'de',
    tags: ['table', 'format'],
    title,
    blocks: [
      '2. Kosten-Nutzen-Rechnung (Beispiel)',
      'Ein moderner ASIC-Miner (z. B. Bitmain Antminer S21) verbraucht etwa 3.500 Watt.',
      { text: 'Stromverbrauch', header: 'Faktor' },
      { text: 'ca. 2.520 kWh', header: 'Schätzung (pro Monat)', row: 'Stromverbrauch' },
      { text: 'Stromkosten (bei 35 ct/kWh)', header: 'Faktor' },
      { text: 'ca. 882 €', header: 'Schätzung (pro Monat)', row: 'Stromkosten (bei 35 ct/kWh)' },
      { text: 'Ertrag (Mining-Rewards)', header: 'Faktor' },
      {
        text: 'ca. 300 € – 500 € (je nach Kurs & Difficulty)',
        header: 'Schätzung (pro Monat)',
        row: 'Ertrag (Mining-Rewards)',
      },
      { text: 'Ergebnis', header: 'Faktor' },
      { text: 'ca. 400 € – 500 € Verlust pro Monat', header: 'Schätzung (pro Monat)', row: 'Ergebnis' },
    ],
    expect: [
      o('35 ct', 0.35, 'EUR'),
      o('882 €', 882, 'EUR'),
      o('300 €', 300, 'EUR'),
      o('500 €', 500, 'EUR'),
      o('400 €', 400, 'EUR'),
      o('500 €', 500, 'EUR'),
    ],
  },
  {
    url,
    lang: 'de',
    tags: ['prose'],
    title,
    blocks: [
      'Eigene Photovoltaik (PV): Wer überschüssigen Solarstrom hat, den er sonst für eine geringe Einspeisevergütung (ca. 8 ct) abgeben würde, für den ist Bitcoin-Mining deutlich attraktiver.',
    ],
    expect: [o('8 ct', 0.08, 'EUR')],
  },
];
