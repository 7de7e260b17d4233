import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://academy.bsdex.de/bitcoin-kurs-euro',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin Kurs Euro',
    blocks: [
      {
        text: 'Bitcoin, abgekürzt „BTC“, ist die älteste und erfolgreichste Kryptowährung der Welt mit einer Marktkapitalisierung von über 420 Milliarden Euro (Stand September 2022).',
        heading: 'Was ist Bitcoin?',
      },
    ],
    expect: [o('420 Milliarden Euro', 420e9, 'EUR')],
  },
];
