import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gaya.one/it/money/cryptocurrency/1f013927-b703-640c-9171-c9b336f48b8f',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Forte svendita sul mercato delle criptovalute',
    blocks: [
      'Lunedì il mercato delle criptovalute ha subito una pesante svendita, con Bitcoin sceso sotto i 75.000 dollari nelle ore mattutine europee. Le perdite sui principali token si sono allargate a quasi il 20%. XRP, Solana (SOL) e Dogecoin (DOGE) hanno perso ciascuno oltre il 5%.',
      "L'indice CoinDesk 20 (CD20) è crollato del 12%. XRP è sceso sotto la sua media mobile a 200 giorni a 1,70 dollari, mentre SOL ha rotto la media a 50 giorni scendendo sotto i 100 dollari, il 64% sotto il suo massimo storico. DOGE è crollato del 20% a 0,13 dollari.",
    ],
    expect: [
      p('75.000 dollari', 75000),
      o('1,70 dollari', 1.7),
      o('100 dollari', 100),
      o('0,13 dollari', 0.13),
    ],
  },
];
