import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.trend-online.com/prp/bitcoin-record-crollano-altcoin/',
    lang: 'it',
    tags: ['prose', 'change', 'anaphora', 'format'],
    blocks: [
      'Il bitcoin regna sovrano. Mentre quasi tutti i concorrenti nel mercato delle criptovalute, le cosiddette "altcoin", viaggiano stamattina in rosso (-5,51% Ethereum, -9,30% Bitcoin Cash, -28,40% IOTA), la moneta capostipite ha continuato nelle ultime 24 ore a bruciare un record dopo l\'altro ed ha adesso già abbattuto per la prima volta nella sua storia anche il muro dei 15.000 dollari.',
      {
        text: 'La piattaforma Coinbase ha registrato alle 11.00 una quotazione di 14.990 dollari, che implica un rialzo di quasi 3000 dollari in poco più di 24 ore (la soglia dei 12.000 dollari era stata raggiunta appena ieri mattina) e di 5000 mila dollari in una settimana (+51%).',
        heading: 'I nuovi dati',
      },
      'Secondo i dati di CoinMarketCap, che fornisce una quotazione ponderata tra i principali exchange locali attivi nel mondo, la nuova soglia record è già stata ampiamente superata e il sito fornisce al momento un prezzo di 15.215 dollari, in rialzo del 18% su base giornaliera.',
      "Salgono quindi ora +1500% i guadagni ottenuti dai possessori dell'incontrollabile moneta da inizio anno, quando il prezzo era ancora fermo poco sopra i 950 dollari, la capitalizzazione del bitcoin è adesso superiore ai 250 miliardi di dollari (sono per la precisione mentre scriviamo $252.000.350.855) e il valore complessivo di tutte le criptovalute è ormai di oltre 400 miliardi di dollari.",
    ],
    expect: [
      p('15.000 dollari', 15000),
      p('14.990 dollari', 14990),
      o('3000 dollari', 3000),
      p('12.000 dollari', 12000),
      o('5000 mila dollari'),
      p('15.215 dollari', 15215),
      p('950 dollari', 950),
      o('250 miliardi di dollari', 250e9),
      o('$252.000.350.855', 252000350855),
      o('400 miliardi di dollari', 400e9),
    ],
  },
];
