import { p, type RealCase } from '../labels';

// TradingView idea in Italian: Bitcoin named once, then "la prima criptovaluta" and bare "il prezzo".
export const cases: RealCase[] = [
  {
    url: 'https://in.tradingview.com/chart/BTCUSD/UB2LsdM4',
    lang: 'it',
    tags: ['forum', 'anaphora', 'prose'],
    title: 'BTCUSD',
    blocks: [
      'Nella giornata di ieri Bitcoin ha raggiunto un livello di resistenza importante a un soffio dal nostro target T2 (14.000 USD). Il prezzo è stato respinto violentemente al ribasso, con una perdita di oltre il 3% nella giornata di oggi. Una chiusura al di sotto dei 13.000 USD (più precisamente 13.054 USD) formerà un bearish engulfing, un pattern ribassista chiaro che farà invertire la tendenza di breve/medio termine.',
      'In tal caso assisteremo a un ulteriore deprezzamento della prima criptovaluta, che troverà come primo supporto i 12.500 USD, per poi raggiungere la linea di supporto del canale rialzista in area 12.000 USD. Una pronta risposta dei compratori a questi livelli, o più in basso a 12.500 USD, potrebbe invece far ripartire il rialzo portando i prezzi a ritestare l’importante area di resistenza pluriennale.',
      'A livello macroeconomico la situazione è peggiorata: diverse nazioni europee stanno inasprendo le misure contro il COVID-19 e in Francia partirà da venerdì un nuovo lockdown. Oggi abbiamo assistito a pesanti ribassi anche sui listini globali, con quelli europei oltre il 4% sotto e quelli statunitensi che hanno chiuso in rosso del -3.50%.',
    ],
    expect: [
      p('14.000 USD', 14000),
      p('13.000 USD', 13000),
      p('13.054 USD', 13054),
      p('12.500 USD', 12500),
      p('12.000 USD', 12000),
      p('12.500 USD', 12500),
    ],
  },
];
