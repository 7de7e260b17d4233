import { o, type RealCase } from '../labels';

const url = 'https://geekweb.pl/index.php/2021/09/20/salwador-dokupil-bitcoina';
const title = 'Salwador dokupił Bitcoina';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pl',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Prezydent Bukele poinformował na Twitterze, że rząd kupił kolejne 150 BTC. Salwador ma obecnie 700 Bitcoinów. Posiadane przez kraj środki oscylują wokół 30 milionów dolarów w Bitcoinie.',
    ],
    expect: [o('30 milionów dolarów', 30e6)],
  },
  {
    url,
    lang: 'pl',
    tags: ['prose'],
    title,
    blocks: [
      'W kraju uruchomiono oficjalny portfel Chivo. Mieszkańcy, którzy go zainstalują, otrzymują na start bonus w postaci BTC o wartości 30 dolarów.',
    ],
    expect: [o('30 dolarów', 30)],
  },
];
