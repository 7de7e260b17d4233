import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinencryptocurrency.nl/hoe-bepaal-je-de-juiste-fee-voor-een-transactie/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Hoe bepaal je de juiste fee voor een transactie?',
    blocks: [
      'Hoe bepaal je de juiste fee voor een transactie?',
      'Open nu een account bij Bitvavo en verhandel € 10.000 aan crypto zonder handelskosten.',
      {
        heading: 'Drukte op het bitcoinnetwerk',
        text: 'De capaciteit van het bitcoinnetwerk is beperkt, waardoor niet alle bitcointransacties direct kunnen worden bevestigd. Transacties met een hogere fee (transactiekosten) krijgen daardoor vrijwel altijd voorrang op transacties met minder fee.',
      },
    ],
    expect: [o('€ 10.000', 10000, 'EUR')],
  },
];
