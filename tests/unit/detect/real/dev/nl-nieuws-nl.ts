import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nieuws.nl/economie/20180205/miljarden-in-rook-op-door-koersval-bitcoin/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Miljarden in rook op door koersval bitcoin',
    blocks: [
      "Door de forse koersval van de bitcoin vorige maand is voor ruim 46 miljard dollar (zo'n 37 miljard euro) aan marktwaarde verdampt, berekende Coinmarketcap.",
      'De bitcoin zakt al weken sinds de top van 20.000 dollar in december. Inmiddels schommelt de koers rond de 8000 dollar.',
    ],
    expect: [
      o('46 miljard dollar', 46e9),
      o('37 miljard euro', 37e9, 'EUR'),
      p('20.000 dollar', 20000),
      p('8000 dollar', 8000),
    ],
  },
];
