import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.4fan.it/quanto-varra-bitcoin-il-prossimo-mese-ecco-le-previsioni/',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Quanto varrà Bitcoin il prossimo mese? Ecco le previsioni',
    blocks: [
      'Dopo il Bitcoin sono nate centinaia di altre criptovalute, ma nessuna si è avvicinata al valore unitario del BTC o alla sua capitalizzazione, oltre i 400 miliardi di Euro.',
      {
        text: 'Mentre scrivo, un singolo BTC vale 16.172,30 Euro, in netto calo rispetto alla settimana scorsa, quando ne valeva 21 mila. Il massimo storico, di novembre 2021, corrisponde alla cifra record di 56 mila euro.',
        heading: 'Il valore del Bitcoin',
      },
    ],
    expect: [
      o('400 miliardi di Euro', 400e9, 'EUR'),
      p('16.172,30 Euro', 16172.3, 'EUR'),
      p('21 mila', 21000, 'EUR'),
      p('56 mila euro', 56000, 'EUR'),
    ],
  },
];
