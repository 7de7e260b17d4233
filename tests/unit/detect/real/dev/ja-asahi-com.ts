import { o, p, type RealCase } from '../labels';

// Japanese newspaper report on Bitcoin dropping under 1ビットコイン=100万円; later sentences say only "1コイン"
// or nothing. 万/兆 scale words in yen and dollars; market cap and its fall are other.
export const cases: RealCase[] = [
  {
    url: 'https://www.asahi.com/articles/ASL1K4SM5L1KULFA00K.html',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'format', 'change'],
    title: 'ビットコイン急落、100万円割れ 規制強化の報道で',
    blocks: [
      '仮想通貨「ビットコイン」の価格が急落している。17日朝は国内の一部取引所で昨年11月下旬以来、約2カ月ぶりに1ビットコイン=100万円を割り込んだ。中国などで仮想通貨への規制を強める動きがあると報じられ、先行きへの不安が広がった。17日夕にはやや持ち直し、約130万円ほどとなった。昨年12月には一時220万円まで急騰したが、その半値程度の水準になっている。',
      '情報サイト「コインデスク」によると、海外で15日は1コイン=1万4千ドル(約150万円)ほどだったが、17日午前に一時1万ドル程度まで急落。日本の取引所ではさらに下がり、100万円を下回る場面があった。大きな損を抱えた投資家が穴埋めのためにさらにコインを売るなど、売りが売りを呼ぶ展開となった。時価総額は約20兆円と、この2週間で約10兆円も減った。',
      '「イーサリアム」や「リップル」といった他の仮想通貨の相場も軒並み下落した。',
    ],
    expect: [
      p('100万円', 1000000, 'JPY'),
      p('130万円', 1300000, 'JPY'),
      p('220万円', 2200000, 'JPY'),
      p('1万4千ドル', 14000),
      p('150万円', 1500000, 'JPY'),
      p('1万ドル', 10000),
      p('100万円', 1000000, 'JPY'),
      o('20兆円', 20000000000000, 'JPY'),
      o('10兆円', 10000000000000, 'JPY'),
    ],
  },
];
