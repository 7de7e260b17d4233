import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://slimbeleggen.com/trends/bitcoin-knalt-boven-45-000-etf-goedkeuring-in-zicht',
    lang: 'nl',
    tags: ['prose'],
    title: 'Bitcoin knalt boven $45.000: ETF-goedkeuring in zicht',
    blocks: [
      'De bitcoin (BTC) prijs begon het nieuwe jaar met een knal: de grootste cryptomunt steeg in 24 uur meer dan 7% en schoot boven de $45.000 grens, het hoogste niveau sinds april 2022.',
      'Bitcoin brak door de $45.000 en handelt nu rond de $45.267. Ook ether (ETH) loopt 4% voorop, en solana (SOL) en avalanche (AVAX) stijgen tot 12%.',
      'Volgens Ryan Lee, hoofdanalist bij Bitget Research, zou Bitcoin de komende dagen kunnen stijgen naar $54.000.',
    ],
    expect: [p('$45.000', 45000), p('$45.000', 45000), p('$45.267', 45267), p('$54.000', 54000)],
  },
];
