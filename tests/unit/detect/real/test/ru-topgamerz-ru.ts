import { o, p, type RealCase } from '../labels';

// Machine-translated, jokey Russian rewrite of an English crypto article: the translation turned dollars into
// pounds sterling, so the coin's price, its low and the trading volume all read "фунтов стерлингов".
export const cases: RealCase[] = [
  {
    url: 'https://topgamerz.ru/neustojchivyj-tanecz-btc-stanet-li-100-nedelnaya-ma-ego-vaterloo-%f0%9f%92%b8',
    lang: 'ru',
    tags: ['prose', 'format'],
    title: 'Неустойчивый танец BTC: станет ли 100-недельная MA его Ватерлоо? 💸',
    blocks: [
      'Уважаемый читатель, позвольте представить любопытный случай Bitcoin (BTC), самого капризного из активов, который сейчас топчется у порога, не раз предвещавшего беду.',
      'На момент написания BTC торгуется по скромной сумме в 86 700 фунтов стерлингов (плюс-минус), при объёме торгов в 35 миллиардов фунтов стерлингов. За день он потерял 1%, а за неделю почти 4%! Вспомните его минимум в 80 500 фунтов стерлингов.',
    ],
    expect: [
      p('86 700 фунтов стерлингов', 86700, 'GBP'),
      o('35 миллиардов фунтов стерлингов', 35e9, 'GBP'),
      p('80 500 фунтов стерлингов', 80500, 'GBP'),
    ],
  },
];
