import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://de.marketscreener.com/boerse-nachrichten/nachrichten/CIO-sieht-Luft-aus-der-Kryptowahrung-wenn-die-Fed-die-Zinsen-erhoht--40723666/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'CIO sieht Luft aus der Kryptowährung, wenn die Fed die Zinsen erhöht',
    blocks: [
      'Bitcoin steht weiter unter Druck.',
      'Die größte Kryptowährung der Welt hat in diesem Jahr etwa die Hälfte ihres Wertes verloren und allein seit Freitag über 20%. Seit ihrem Rekordhoch von 69.000 $ im November ist sie um fast 70% eingebrochen.',
    ],
    expect: [p('69.000 $', 69000)],
  },
];
