import { o, p, type RealCase } from '../labels';

// Space-grouped 'USD' levels next to 'miliardów dolarów' totals (value wiped out, liquidations).
export const cases: RealCase[] = [
  {
    url: 'https://deriv.com/pl/blog/posts/bitcoin-crash-exposes-crypto-fragility',
    lang: 'pl',
    tags: ['prose', 'format'],
    title: 'Krach Bitcoina do 77 000 USD obnaża kruchy fundament boomu kryptowalutowego',
    blocks: [
      'Krach Bitcoina do 77 000 USD obnaża kruchy fundament boomu kryptowalutowego',
      'Zdaniem analityków zejście Bitcoina poniżej 77 000 USD nie było zwykłą korektą, lecz testem wytrzymałości, którego rynek nie zdał. Od październikowego szczytu w okolicach 126 000 USD z rynku miało wyparować około 800 miliardów dolarów wartości, co wypchnęło Bitcoina z globalnej pierwszej dziesiątki aktywów i wywołało ponad 2,5 miliarda dolarów przymusowych likwidacji w ciągu jednego dnia.',
    ],
    expect: [
      p('77 000 USD', 77000),
      p('77 000 USD', 77000),
      p('126 000 USD', 126000),
      o('800 miliardów dolarów', 800e9),
      o('2,5 miliarda dolarów', 2.5e9),
    ],
  },
];
