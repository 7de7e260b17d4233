import { o, p, type RealCase } from '../labels';

// Japanese bookmark page quoting a news summary: yen levels of BTC, then a stablecoin's dollar peg and its break.
export const cases: RealCase[] = [
  {
    url: 'https://b.hatena.ne.jp/ishikawake/20220512',
    lang: 'ja',
    tags: ['prose', 'anaphora', 'forum'],
    blocks: [
      '5月10日、ビットコイン価格が急落し一時400万円を割った。11月に付けた直近の高値747万円から半年間で49%下落した。',
      '仮想通貨取引所bitFlyerのデータによると、10日の最安値は388万5684円だった。過去24時間の下落幅は約6%、1週間で17%とペースが早い。ビットコインは3月に590万円まで値を戻した後、500万円前後で推移していた。ところが5日から下落が始まり、10日には下げが加速している。',
      'アルトコインの市場では、ステーブルコインUST(TerraUSD)が急落した。1USTはアルゴリズムによって1米ドルと価格が連動しているはずだが、10日朝、一時0.65ドルまで価格が急落。その後、0.9ドルまで戻したものの、連動性は回復していない。',
      '関連記事 仮想通貨全面暴落 ビットコイン2.8万ドル割れ ステーブルコインUSTとDeFiが震源地か?',
    ],
    expect: [
      p('400万円', 4000000, 'JPY'),
      p('747万円', 7470000, 'JPY'),
      p('388万5684円', 3885684, 'JPY'),
      p('590万円', 5900000, 'JPY'),
      p('500万円', 5000000, 'JPY'),
      o('1米ドル', 1),
      o('0.65ドル', 0.65),
      o('0.9ドル', 0.9),
      p('2.8万ドル', 28000),
    ],
  },
];
