import { p, type RealCase } from '../labels';

const H = 'BITCOIN - EURO (BTC/EUR)';

export const cases: RealCase[] = [
  {
    url: 'https://bisonapp.com/kurswerte/bitcoin/',
    lang: 'de',
    tags: ['widget', 'table', 'label-value', 'format'],
    title: 'Bitcoin Kurs (BTC)',
    blocks: [
      'Hier findest du den aktuellen Bitcoin Kurs und seinen bisherigen Verlauf.',
      { text: '26.734,6031 +1,41%', header: H, row: 'Aktueller Preis' },
      { text: 'Samstag, 23.01.2021 02:27:01', header: H, row: 'Kurszeit' },
      { text: '24.362,2298', header: H, row: '24 Std. Tief' },
      { text: '27.878,3913', header: H, row: '24 Std. Hoch' },
      { text: '4.339,9222 (13.03.2020)', header: H, row: '52 W. Tief' },
      { text: '33.059,8966 (09.01.2021)', header: H, row: '52 W. Hoch' },
      {
        heading: 'Wissenswertes zur Digitalwährung Bitcoin (BTC) auf einen Blick',
        text: 'Der erste Wechselkurs für Bitcoin betrug gerade einmal 0,08 Cent (US-Dollar).',
      },
    ],
    expect: [
      p('26.734,6031', 26734.6031, 'EUR'),
      p('24.362,2298', 24362.2298, 'EUR'),
      p('27.878,3913', 27878.3913, 'EUR'),
      p('4.339,9222', 4339.9222, 'EUR'),
      p('33.059,8966', 33059.8966, 'EUR'),
      p('0,08 Cent (US-Dollar)', 0.0008),
    ],
  },
];
