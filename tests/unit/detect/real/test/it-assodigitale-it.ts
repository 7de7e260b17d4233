import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://assodigitale.it/bitcoin-crolla-sotto-81mila-dollari-e-fuga-miliardaria-dagli-etf-usa',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Bitcoin crolla sotto 81mila dollari e fuga miliardaria dagli ETF USA',
    blocks: [
      'Bitcoin crolla sotto 81mila dollari e fuga miliardaria dagli ETF USA',
      {
        text: 'Il recente tonfo di Bitcoin, sceso fino all’area degli 81.200 dollari, ha segnato il livello più debole da novembre e ha cambiato il sentiment sull’intero mercato crypto, a poche ore dalla decisione della Fed di lasciare invariati i tassi.',
        heading: 'Vendite improvvise e ruolo degli ETF spot',
      },
      'Elemento chiave della correzione è stata l’ondata di riscatti dagli ETF spot su bitcoin, ether, solana e XRP quotati negli Stati Uniti: secondo SoSoValue, in una sola sessione sono stati ritirati oltre 1 miliardo di dollari.',
    ],
    expect: [p('81mila dollari', 81000), p('81.200 dollari', 81200), o('1 miliardo di dollari', 1e9)],
  },
];
