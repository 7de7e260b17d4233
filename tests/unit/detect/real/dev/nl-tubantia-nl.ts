import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tubantia.nl/tech/bitcoin-klimt-naar-31-000-dollar-hoogste-waarde-sinds-ruim-een-jaar~aa9da4f4/',
    lang: 'nl',
    tags: ['anaphora'],
    title: 'Bitcoin klimt naar 31.000 dollar, hoogste waarde sinds ruim een jaar',
    blocks: [
      'Bitcoin klimt naar 31.000 dollar, hoogste waarde sinds ruim een jaar',
      'De cryptomunt heeft vanmorgen het hoogste niveau in ruim een jaar bereikt, gestuwd door speculatie over een beursgenoteerd fonds dat direct in bitcoins gaat beleggen. Sinds begin dit jaar is de waarde al meer dan 80 procent gestegen.',
    ],
    expect: [p('31.000 dollar', 31000)],
  },
];
