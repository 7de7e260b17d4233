import { o, p, type RealCase } from '../labels';

// academy.bit2me.com/it: "Prezzo attuale di 1 bitcoin" widget with three fiat rows, each in its own
// format (EUR "52.975,35", USD "$ 62,976.00", GBP "46,014.74" with no sign), then broker copy with euro
// limits, a signup bonus and a 2010→2013 investment story (totals), and the 2017 peak "20.000 $ (USD)".
const url = 'https://academy.bit2me.com/it/precio-bitcoin/';
const title = 'Prezzo attuale di 1 bitcoin';

export const cases: RealCase[] = [
  {
    url,
    lang: 'it',
    tags: ['widget', 'table', 'format'],
    title,
    blocks: [
      { text: 'Prezzo attuale di 1 bitcoin', heading: title },
      { text: 'Bitcoin (BTC)', heading: title },
      { text: '52.975,35', header: 'Bitcoin (BTC)', row: 'EUR' },
      { text: '$ 62,976.00', header: 'Bitcoin (BTC)', row: 'USD' },
      { text: '46,014.74', header: 'Bitcoin (BTC)', row: 'GBP' },
    ],
    expect: [p('52.975,35', 52975.35, 'EUR'), p('$ 62,976.00', 62976), p('46,014.74', 46014.74, 'GBP')],
  },
  {
    url,
    lang: 'it',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Puoi comprare bitcoin o porzioni di bitcoin in modo facile, rapido e sicuro, a partire da 20 euro fino a 1 milione di euro, su Bit2Me.',
      'Apri il tuo account Bit2Me: con questo link ricevi 5 € gratuiti sul tuo primo acquisto.',
      {
        text: 'Se a gennaio 2010 avessi acquistato 100 € di bitcoin e li avessi venduti a novembre 2013, il loro valore sarebbe stato di 120.000.000 €. Nel 2017 il bitcoin ha poi toccato il suo massimo storico di quasi 20.000 $ (USD).',
        heading: 'Come si stabilisce il prezzo di un BTC?',
      },
    ],
    expect: [
      o('20 euro', 20, 'EUR'),
      o('1 milione di euro', 1e6, 'EUR'),
      o('5 €', 5, 'EUR'),
      o('100 €', 100, 'EUR'),
      o('120.000.000 €', 120e6, 'EUR'),
      p('20.000 $', 20000),
    ],
  },
];
