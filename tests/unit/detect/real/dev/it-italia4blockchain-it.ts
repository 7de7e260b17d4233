import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.italia4blockchain.it/2024/04/09/lhalving-del-bitcoin-un-evento-che-influenza-i-costi-di-mining/',
    lang: 'it',
    tags: ['cost', 'prose'],
    title: "L'halving del Bitcoin: un evento che influenza i costi di mining",
    blocks: [
      "L'halving del Bitcoin arriva circa ogni quattro anni, dopo circa 210.000 blocchi, e dimezza la ricompensa per blocco dei miner. Oltre all'effetto indiretto sul valore, i costi di mining raddoppiano: serve il doppio dello sforzo per ottenere la stessa quantità di Bitcoin.",
      "Dopo l'halving di maggio 2020 il prezzo minimo redditizio per continuare il mining è salito a oltre 30.000 dollari, ma nello stesso periodo il prezzo del Bitcoin ha toccato un nuovo massimo storico di 69.000 dollari.",
      "Oggi il costo medio del mining del Bitcoin è di circa 49.902 dollari, mentre il prezzo del Bitcoin supera i 70.000 dollari. Dopo l'halving del 20 aprile ci si aspetta che il costo medio del mining superi gli 80.000 dollari: perché i miner possano continuare, il prezzo del Bitcoin dovrà superare la soglia degli 80.000 dollari.",
    ],
    expect: [
      c('30.000 dollari', 30000),
      p('69.000 dollari', 69000),
      c('49.902 dollari', 49902),
      p('70.000 dollari', 70000),
      c('80.000 dollari', 80000),
      p('80.000 dollari', 80000),
    ],
  },
];
