import { o, p, type RealCase } from '../labels';

// A record level and a market-cap total in 'biliony dolarów' (10^12) in one sentence.
export const cases: RealCase[] = [
  {
    url: 'https://blog.mexc.com/?p=286747',
    lang: 'pl',
    tags: ['prose', 'format'],
    blocks: [
      'Bitcoin wspiął się na historyczne szczyty powyżej 124 000 dolarów w sierpniu 2025 roku, a kapitalizacja całego rynku kryptowalut przebiła 4 biliony dolarów. Euforia inwestorów jest wyraźna, ale coraz częściej słychać ostrzeżenia analityków przed narastającą bańką spekulacyjną.',
    ],
    expect: [p('124 000 dolarów', 124000), o('4 biliony dolarów', 4e12)],
  },
];
