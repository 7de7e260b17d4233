import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto.watch.impress.co.jp/docs/news/1240767.html',
    lang: 'ja',
    tags: ['prose', 'anaphora'],
    title: 'ビットコイン、新型コロナウイルス影響で暴落後一時60万円台まで回復',
    blocks: [
      'ビットコイン、新型コロナウイルス影響で暴落後一時60万円台まで回復',
      '13日午後は50万円台で推移。アルトコインも連動',
      'WHOのパンデミック宣言を受け、3月13日午前までにBitcoin(BTC)をはじめ仮想通貨市場は軒並み崩れた。午前中に一時40万円台まで下げたBTCは、12時30分ごろ一時60万円台まで戻し、その後は50万円台で動いている(CoinGecko調べ)。',
      '主要アルトも打撃を受けた。Ethereum(ETH)は一時1万円を割り、Ripple(XRP)は2017年以来の安値となる12円台に突入、Bitcoin Cash(BCH)は一時1万5000円を割り込んだ。',
    ],
    expect: [
      p('60万円', 600000, 'JPY'),
      p('50万円', 500000, 'JPY'),
      p('40万円', 400000, 'JPY'),
      p('60万円', 600000, 'JPY'),
      p('50万円', 500000, 'JPY'),
      o('1万円', 10000, 'JPY'),
      o('12円', 12, 'JPY'),
      o('1万5000円', 15000, 'JPY'),
    ],
  },
];
