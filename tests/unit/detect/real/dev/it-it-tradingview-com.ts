import { p, type RealCase } from '../labels';

// TradingView idea in Italian: the text never says Bitcoin; "quota 8.000", "i 10.500" are bare levels,
// only one carries "USD".
export const cases: RealCase[] = [
  {
    url: 'https://it.tradingview.com/chart/BTCUSD/xLt3wYhZ',
    lang: 'it',
    tags: ['forum', 'anaphora', 'format'],
    title: 'BTCUSD',
    blocks: [
      'A poche ore dalla chiusura settimanale la quotazione si trova sopra la trend line pluriennale (linea rossa): una chiusura al di sopra di quest’ultima sarebbe un grande traguardo per i tori, che avrebbero più possibilità di spingere i prezzi al di sopra dei 10.500 con primo target in area 12.000 USD. La settimana scorsa abbiamo assistito a un superamento della trendline e tutti si aspettavano l’inizio di una nuova bullrun spinta dall’Halving.',
      'Ma così non è stato: entro la chiusura settimanale i venditori hanno fatto in tempo a riportare i prezzi sotto la trend line. Questo rientro ha causato un crollo che ha trovato supporto a quota 8.000, dove troviamo una forte area di supporto difesa dalle medie mobili esponenziali su entrambi i TF. Rimbalzando da qui, la quotazione è tornata sopra la trend line.',
      'Tuttavia resta una forte area di resistenza a quota 10.000 (linea tratteggiata); se la chiusura dovesse avvenire al di sotto di quest’ultima, domani potremmo assistere a una nuova correzione. Se invece la trend line non dovesse reggere, facendo rientrare i prezzi nel canale discendente, potremmo assistere a un nuovo crollo verso gli 8.000.',
    ],
    expect: [
      p('10.500', 10500),
      p('12.000 USD', 12000),
      p('8.000', 8000),
      p('10.000', 10000),
      p('8.000', 8000),
    ],
  },
];
