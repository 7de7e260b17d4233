import { p, type RealCase } from '../labels';

// Short news: "la criptovaluta", a bare previous-day level (unlabelled), the record in parentheses.
export const cases: RealCase[] = [
  {
    url: 'https://www.economianotizie.com/2017/12/crollano-i-bitcoin-prezzo-in-calo-del-40.html',
    lang: 'it',
    tags: ['anaphora', 'prose'],
    title: 'Crollano i bitcoin, prezzo in calo del 40%',
    blocks: [
      'Crollano i bitcoin, prezzo in calo del 40%',
      "ROMA - E' crollato del 40% il prezzo del bitcoin, dopo l'aumento vertiginoso delle ultime settimane. La caduta della criptovaluta arriva dopo una serie di avvertimenti di analisti e governi sul rischio di una bolla: il valore di oggi si attesta a 10.900 dollari, in calo di oltre il 30% rispetto ai 16.563 di ieri. Rispetto al record di lunedì scorso (19.500 dollari), la flessione sfiora il 40%.",
      'I ribassi coinvolgono anche le altre principali valute come Bitcoin Cash (-31%), Ethereum (-20%) e Litecoin (-22%).',
    ],
    expect: [p('10.900 dollari', 10900), p('19.500 dollari', 19500)],
  },
];
