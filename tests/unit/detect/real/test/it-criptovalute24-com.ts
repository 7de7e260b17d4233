import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.criptovalute24.com/litalia-e-la-nazione-piu-costosa-per-minare-bitcoin-btc/',
    lang: 'it',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: "L'Italia è la nazione più costosa per minare Bitcoin (BTC)",
    blocks: [
      "Secondo una ricerca di CoinGecko, l'Italia è la nazione più costosa per i miners di criptovalute: servono quasi $210.000 di elettricità per produrre un BTC, quasi 195 mila euro. Austria, Belgio, Danimarca e Germania seguono da vicino.",
      "CoinGecko ha rivelato che il costo medio dell'elettricità domestica per produrre un bitcoin è di $46.291. È quasi il doppio del prezzo attuale dell'asset digitale principale (circa $26.000 al momento della stesura di queste righe).",
      "L'Italia è in cima alla lista con un costo dell'elettricità di $208.560 per produrre un bitcoin.",
    ],
    expect: [
      c('$210.000', 210000),
      c('195 mila euro', 195000, 'EUR'),
      c('$46.291', 46291),
      p('$26.000', 26000),
      c('$208.560', 208560),
    ],
  },
];
