import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://no.beincrypto.com/?p=255415',
    lang: 'no',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Bitcoin mining-industrien gjennomgår en turbulent periode, preget av økende produksjonskostnader og en rekordhøy nettverks-hashrate.',
      'I følge den siste rapporten fra TheMinerMag, steg gjennomsnittskostnaden for å mine én Bitcoin fra $ 52000 i Q4 2024 til $ 64000 i Q1 2025. Den fortsatte å stige forbi $ 70000 i Q2 2025, en økning på over 34 % på bare to kvartaler.',
    ],
    expect: [c('$ 52000', 52000), c('$ 64000', 64000), c('$ 70000', 70000)],
  },
];
