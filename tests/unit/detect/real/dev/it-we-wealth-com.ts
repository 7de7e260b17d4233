import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.we-wealth.com/news/fintech/criptovalute/quanto-avresti-guadagnato-investendo-mille-dollari-bitcoin-2021',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Quanto avresti guadagnato investendo mille dollari in Bitcoin nel 2021',
    blocks: [
      'Un investimento di mille dollari in Bitcoin a inizio anno al prezzo di 29,290 dollari avrebbe consentito di acquistare 0,034 token, che varrebbero circa 1.632 dollari al prezzo del 28 dicembre pomeriggio di 47.795,40 dollari',
      'Il valore di un singolo Ether, la valuta nativa di Ethereum, è salito di oltre il 400% nell’ultimo anno. Un acquisto di mille dollari di Ether il 1° gennaio al prezzo di 730,30 dollari varrebbe quasi 5.226,16 dollari',
    ],
    expect: [
      o('mille dollari', 1000),
      p('29,290 dollari', 29290),
      o('1.632 dollari', 1632),
      p('47.795,40 dollari', 47795.4),
      o('mille dollari', 1000),
      o('730,30 dollari', 730.3),
      o('5.226,16 dollari', 5226.16),
    ],
  },
  {
    url: 'https://www.we-wealth.com/news/fintech/criptovalute/quanto-avresti-guadagnato-investendo-mille-dollari-bitcoin-2021',
    lang: 'it',
    tags: ['label-value', 'prose', 'format'],
    title: 'Quanto avresti guadagnato investendo mille dollari in Bitcoin nel 2021',
    blocks: [
      'Nell’ultimo anno le principali criptovalute hanno toccato i massimi storici. Il mercato globale ha superato i 3mila miliardi di dollari di valore. Una nuova analisi di Cnbc mostra quanto ha guadagnato chi ha messo mille dollari in una delle quattro criptovalute più popolari.',
      'Bitcoin',
      'Prezzo 1° gennaio: 29,290 dollari',
      'Prezzo 28 dicembre: 47.795,40 dollari',
      'Un investimento di mille dollari in Bitcoin a inizio anno al prezzo di 29,290 dollari avrebbe permesso di comprare 0,034 token, che varrebbero circa 1.632 dollari al prezzo del 28 dicembre pomeriggio (a partire dalle 15:30) di 47.795,40 dollari.',
    ],
    expect: [
      o('3mila miliardi di dollari', 3e12),
      o('mille dollari', 1000),
      p('29,290 dollari', 29290),
      p('47.795,40 dollari', 47795.4),
      o('mille dollari', 1000),
      p('29,290 dollari', 29290),
      o('1.632 dollari', 1632),
      p('47.795,40 dollari', 47795.4),
    ],
  },
];
