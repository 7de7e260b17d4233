import { p, type RealCase } from '../labels';

// Personal blog post: "100.000,00 dollari per singola moneta" and a past price "una moneta valeva meno di 400,00 dollari".
export const cases: RealCase[] = [
  {
    url: 'https://investitoremeraviglioso.com/btctothemoon',
    lang: 'it',
    tags: ['forum', 'format', 'anaphora'],
    title: 'Bitcoin è sulla luna.',
    blocks: [
      'Bitcoin è sulla luna.',
      'Oggi, 05 dicembre 2024, bitcoin ha toccato per la prima volta nella sua storia la stratosferica cifra di 100.000,00 dollari per singola moneta digitale.',
      'Era il 2015 quando acquistai una piccola frazione di bitcoin, all’epoca in cui una moneta valeva meno di 400,00 dollari. Poi iniziai ad acquistarne una frazione ogni mese, poi ogni settimana, fino a comprare frazioni quotidianamente, 365 giorni l’anno.',
    ],
    expect: [p('100.000,00 dollari', 100000), p('400,00 dollari', 400)],
  },
];
