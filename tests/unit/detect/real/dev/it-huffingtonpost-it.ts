import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.huffingtonpost.it/entry/con-lapprovazione-delletf-sui-bitcoin-gli-stati-uniti-allavanguardia-nelle-crypto_it_616dadf8e4b01f6f7e4cc472?utm_hp_ref=it-homepage',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: "Con l'approvazione dell'Etf sui Bitcoin gli Stati Uniti all'avanguardia nelle crypto",
    blocks: [
      "È stata proprio l'attesa della decisione della Sec a spingere la criptovaluta più famosa del mondo. Oggi si trova poco sopra i 60 mila dollari, a un passo dal record assoluto, 64 mila.",
    ],
    expect: [p('60 mila dollari', 60000)],
  },
];
