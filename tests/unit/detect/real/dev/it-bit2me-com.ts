import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://academy.bit2me.com/it/precio-bitcoin/',
    lang: 'it',
    tags: ['widget', 'table', 'format'],
    title: 'Prezzo attuale di 1 bitcoin',
    blocks: [
      'Prezzo attuale di 1 bitcoin',
      'Bitcoin (BTC)',
      { text: '52.975,35', header: 'EUR', row: 'Bitcoin (BTC)' },
      { text: '$ 62,976.00', header: 'USD', row: 'Bitcoin (BTC)' },
      { text: '46,014.74', header: 'GBP', row: 'Bitcoin (BTC)' },
      'Su Bit2Me puoi comprare bitcoin o sue frazioni, da 20 euro fino a 1 milione di euro, in pochi minuti.',
      'Se a gennaio 2010 avessi comprato 100 € di bitcoin vendendoli a novembre 2013, ne avresti ricavato 120.000.000 €. Da 100 a 120 milioni di euro in tre anni! Nel 2017 il bitcoin ha poi toccato il suo massimo di quasi 20.000 $ (USD).',
    ],
    expect: [
      p('52.975,35', 52975.35, 'EUR'),
      p('$ 62,976.00', 62976),
      p('46,014.74', 46014.74, 'GBP'),
      o('20 euro', 20, 'EUR'),
      o('1 milione di euro', 1e6, 'EUR'),
      o('100 €', 100, 'EUR'),
      o('120.000.000 €', 120e6, 'EUR'),
      o('100', 100, 'EUR'),
      o('120 milioni di euro', 120e6, 'EUR'),
      p('20.000 $', 20000),
    ],
  },
];
