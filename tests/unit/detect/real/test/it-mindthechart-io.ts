import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mindthechartdatabase.mindthechart.io/bitcoin-supera-i-110-000-dollari-nuovo-massimo-storico',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin supera i 110.000 dollari: nuovo massimo storico',
    blocks: [
      '🟨"Bitcoin supera i 110.000 dollari: nuovo massimo storico"',
      'Giorno: 23 maggio 2025 | Ora: 05:20 Bitcoin ha segnato un nuovo record di 110.788,98 dollari, +3% in un giorno. Edward Carroll vede un possibile rialzo a 160.000 dollari entro fine anno. Intanto un trader con leva ha aperto una posizione long da 1,1 miliardi di dollari, con un profitto di 20 milioni.',
      'Nelle ultime 24 ore Bitcoin ha guadagnato circa il 3%, oltrepassando il precedente record di 109.458 dollari. La più grande criptovaluta del mondo sale ora del 17,5% da inizio anno e del 47% dal tonfo a 75.000 dollari del 7 aprile.',
    ],
    expect: [
      p('110.000 dollari', 110000),
      p('110.788,98 dollari', 110788.98),
      p('160.000 dollari', 160000),
      o('1,1 miliardi di dollari', 1.1e9),
      p('109.458 dollari', 109458),
      p('75.000 dollari', 75000),
    ],
  },
  {
    url: 'https://mindthechartdatabase.mindthechart.io/bitcoin-raggiunge-un-massimo-storico-di-112-000-dollari',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin raggiunge un massimo storico di 112.000 dollari',
    blocks: [
      'Giovedì 22 maggio i prezzi del Bitcoin hanno sfiorato il record di 112.000 dollari, +4% in una giornata secondo Coingecko, oltre il picco di 109.500 dollari di mercoledì. La capitalizzazione complessiva delle criptovalute ha toccato i 3,6 trilioni di dollari, sotto il picco di 3,9 trilioni di dollari di metà dicembre.',
      'Con il nuovo record, il profitto non realizzato di Strategy è salito a 23,5 miliardi di dollari, per un tesoro da 63,7 miliardi secondo il Saylor Tracker.',
    ],
    expect: [
      p('112.000 dollari', 112000),
      p('109.500 dollari', 109500),
      o('3,6 trilioni di dollari', 3.6e12),
      o('3,9 trilioni di dollari', 3.9e12),
      o('23,5 miliardi di dollari', 23.5e9),
    ],
  },
];
