import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://informazionequotidiana.it/il-bitcoin-continua-la-sua-corsa-al-rialzo/?amp=1',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Il Bitcoin continua la sua corsa al rialzo',
    blocks: [
      'Il Bitcoin prosegue la corsa: ha sfondato quota 33mila dollari (oltre 27mila euro), oltre 10 punti percentuali sopra il record che il 2 gennaio mattina lo aveva portato alla soglia dei 30mila dollari. Secondo CoinMarketCap veniva scambiato a 32.408 alle 17.41, mentre su Binance la criptovaluta più popolare al mondo è salita del 12,28% a oltre 33mila dollari, prima di scendere a 32.875.',
    ],
    expect: [
      p('33mila dollari', 33000),
      p('27mila euro', 27000, 'EUR'),
      p('30mila dollari', 30000),
      p('33mila dollari', 33000),
    ],
  },
];
