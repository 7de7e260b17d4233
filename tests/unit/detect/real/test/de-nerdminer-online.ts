import { o, p, type RealCase } from '../labels';

// Hobby-mining ROI page: scenario lists mixing one assumed coin price with per-kWh prices and signed yearly results, then a cost table.
const cells = (device: string, buy: string, y1: string, y5: string, total: string) => [
  { text: buy, header: 'Anschaffung', row: device },
  { text: y1, header: 'Jahr 1 Netto', row: device },
  { text: y5, header: 'Jahr 5 Netto', row: device },
  { text: total, header: '5-Jahres-Gesamt', row: device },
  { text: 'NIEMALS', header: 'ROI', row: device },
];

export const cases: RealCase[] = [
  {
    url: 'https://www.nerdminer.online/break-even-rechner',
    lang: 'de',
    tags: ['table', 'format', 'cost', 'change'],
    title: 'Bitcoin Mining ROI-Rechner: Die brutale Wahrheit über Rentabilität',
    blocks: [
      'Optimistisches Szenario',
      'Bitcoin-Preis: 150.000€ (+50%)',
      'Strompreis: 0,20€/kWh',
      'Bitaxe Gamma Ergebnis: Jahr 1: +8€ (wow!) Jahr 2: -5€ Jahr 3: -15€',
      'Gesamt: -262€ Verlust',
      'Realistisches Szenario',
      'Bitcoin-Preis: 100.000€ (stabil)',
      'Strompreis: 0,27€/kWh',
      'Gesamt: -383€ Verlust',
      ...cells('ESP32 (0,001 TH/s)', '30 €', '-3 €', '-5 €', '-51 €'),
      ...cells('Kompac F (0,3 TH/s)', '150 €', '-19 €', '-27 €', '-267 €'),
    ],
    expect: [
      p('150.000€', 150000, 'EUR'),
      o('0,20€/kWh', 0.2, 'EUR'),
      o('+8€', 8, 'EUR'),
      o('-5€', -5, 'EUR'),
      o('-15€', -15, 'EUR'),
      o('-262€', -262, 'EUR'),
      p('100.000€', 100000, 'EUR'),
      o('0,27€/kWh', 0.27, 'EUR'),
      o('-383€', -383, 'EUR'),
      o('30 €', 30, 'EUR'),
      o('-3 €', -3, 'EUR'),
      o('-5 €', -5, 'EUR'),
      o('-51 €', -51, 'EUR'),
      o('150 €', 150, 'EUR'),
      o('-19 €', -19, 'EUR'),
      o('-27 €', -27, 'EUR'),
      o('-267 €', -267, 'EUR'),
    ],
  },
];
