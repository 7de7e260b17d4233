import { o, p, type RealCase } from '../labels';

const URL =
  'https://gearjpn.net/2025/07/20/%e3%82%82%e3%81%97%e3%82%82%e3%83%93%e3%83%83%e3%83%88%e3%82%b3%e3%82%a4%e3%83%b3%e3%82%92-2010-%e5%b9%b4%e3%81%ab-1-%e4%b8%87%e5%86%86%e8%b2%b7%e3%81%a3%e3%81%a6%e3%81%84%e3%81%9f%e3%82%89%e4%bb%8a';
const TITLE = 'もしもビットコインを 2010 年に 1 万円買っていたら今いくらになってる?';
const H = ['当時の購入額', '購入 BTC', '現在価値'];

export const cases: RealCase[] = [
  {
    url: URL,
    lang: 'ja',
    tags: ['label-value', 'format'],
    title: TITLE,
    blocks: [
      'もしもビットコインを 2010 年に 1 万円買っていたら今いくらになってる?',
      '1. 計算の前提',
      '購入時期:2010 年 7 月(Mt.Gox で取引量が増え始めた頃)',
      '2010 年 7 月の平均価格:約 $0.08/BTC',
      '当時の為替レート:1 USD ≒ 90 円',
      '現在価格:1 BTC = 15,600,000 円(2025/6/26)',
    ],
    expect: [
      o('1 万円', 10000, 'JPY'),
      p('$0.08', 0.08),
      o('1 USD', 1),
      o('90 円', 90, 'JPY'),
      p('15,600,000 円', 15600000, 'JPY'),
    ],
  },
  {
    url: URL,
    lang: 'ja',
    tags: ['format', 'anaphora'],
    title: TITLE,
    blocks: [
      '2. ざっくりタイムマシン計算',
      '1 万円 ÷ 90 円 ≒ 111 USD',
      '111 USD ÷ 0.08 USD ≒ 1,380 BTC',
      '1,380 BTC × 15,600,000 円',
      '⇒ 約 215 億円(税・手数料考慮前)',
    ],
    expect: [
      o('1 万円', 10000, 'JPY'),
      o('90 円', 90, 'JPY'),
      o('111 USD', 111),
      o('111 USD', 111),
      p('0.08 USD', 0.08),
      p('15,600,000 円', 15600000, 'JPY'),
      o('215 億円', 21500000000, 'JPY'),
    ],
  },
  {
    url: URL,
    lang: 'ja',
    tags: ['table', 'format'],
    title: TITLE,
    blocks: [
      '3. 「もし買っていたら」シナリオ別早見表',
      { text: '1,000 円', header: H[0], row: '1,000 円' },
      { text: '138 BTC', header: H[1], row: '1,000 円' },
      { text: '約 21.5 億円', header: H[2], row: '1,000 円' },
      { text: '5,000 円', header: H[0], row: '5,000 円' },
      { text: '690 BTC', header: H[1], row: '5,000 円' },
      { text: '約 108 億円', header: H[2], row: '5,000 円' },
      { text: '50,000 円', header: H[0], row: '50,000 円' },
      { text: '6,900 BTC', header: H[1], row: '50,000 円' },
      { text: '約 1,070 億円', header: H[2], row: '50,000 円' },
    ],
    expect: [
      o('1,000 円', 1000, 'JPY'),
      o('21.5 億円', 2150000000, 'JPY'),
      o('5,000 円', 5000, 'JPY'),
      o('108 億円', 10800000000, 'JPY'),
      o('50,000 円', 50000, 'JPY'),
      o('1,070 億円', 107000000000, 'JPY'),
    ],
  },
  {
    url: URL,
    lang: 'ja',
    tags: ['prose', 'format'],
    title: TITLE,
    blocks: [
      '5. いまからでも「未来の 10 年後」に備えるには?',
      '✅ ドルコスト平均法で少額積立 ─ 例:週 1,000 円を自動買付設定',
      '✅ NISA 枠で ETF を買う ─ 確定申告不要&分離課税 20.315%',
    ],
    expect: [o('1,000 円', 1000, 'JPY')],
  },
];
