import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kryptografen.no/bitcoin-mining/',
    lang: 'no',
    tags: ['prose', 'format'],
    title: 'Hvordan Mine Bitcoin?',
    blocks: [
      '➤ Les også: Slik får du 250 kroner i gratis bitcoin',
      'I 2022 klarte en solo-miner å løse en blokk med en rigg som leverte kun 13 Th/s. Han kunne dermed innkassere en utbetaling verdt nærmere 2,5 millioner kroner på det tidspunktet, i form av 6,25 BTC.',
    ],
    expect: [o('250 kroner', 250, 'NOK'), o('2,5 millioner kroner', 2.5e6, 'NOK')],
  },
];
