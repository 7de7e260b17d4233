import { o, type RealCase } from '../labels';

// Tongue-in-cheek piece: the same "100 euro" stake three times, plus an unrelated barbecue price.
export const cases: RealCase[] = [
  {
    url: 'https://www.pianoinclinato.it/2025/07/25/bitcoin-se-avessi-investito-solo-100e-15-anni-fa-a-questora-avevi-gia-smesso-di-lavorare-saresti-milionario/',
    lang: 'it',
    tags: ['prose'],
    title: "Bitcoin, se avessi investito solo 100€ 15 anni fa a quest'ora saresti milionario",
    blocks: [
      'Se nel 2010 avessi investito appena 100 euro in Bitcoin, oggi potresti essere milionario e in pensione anticipata. Un’occasione persa clamorosa.',
      'Quindici anni fa bastavano 100 euro, una connessione internet e un pizzico di follia. O magari solo un amico un po’ nerd che ti diceva: “Ho scoperto una cosa che si chiama Bitcoin, ci puoi comprare la pizza con il computer!”.',
      'Quel tuo amico ha smesso di lavorare da anni. Non perché ha ereditato, ma perché quei 100 euro investiti in Bitcoin quando non ci credeva nessuno oggi valgono più della casa del vicino con la piscina e il barbecue da 5.000 euro.',
    ],
    expect: [
      o('100 euro', 100, 'EUR'),
      o('100 euro', 100, 'EUR'),
      o('100 euro', 100, 'EUR'),
      o('5.000 euro', 5000, 'EUR'),
    ],
  },
];
