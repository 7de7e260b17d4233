import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://anneonline.nl/belastingaangifte-bitcoin-wat-moet-je-weten-%f0%9f%92%b0%f0%9f%93%8a',
    lang: 'nl',
    tags: ['label-value', 'prose'],
    title: 'Belastingaangifte & Bitcoin: Wat Moet Je Weten?',
    blocks: [
      'Belastingaangifte & Bitcoin: Wat Moet Je Weten?',
      'Het is weer tijd voor de belastingaangifte! Vergeet niet dat ook je Bitcoin en andere cryptovaluta moeten worden opgegeven, omdat ze onder je vermogen (BOX 3) vallen.',
      'Welke waarde geef je op?',
      'Je gebruikt de koers van 1 januari 2024. Bijvoorbeeld:',
      '📈 Bitcoin: €38.668',
      '📈 Ethereum: €2.087',
      '📈 Litecoin: €66',
      'Vermenigvuldig het aantal munten dat je op 1 januari had met de koers van die dag.',
    ],
    expect: [p('€38.668', 38668, 'EUR'), o('€2.087', 2087, 'EUR'), o('€66', 66, 'EUR')],
  },
];
