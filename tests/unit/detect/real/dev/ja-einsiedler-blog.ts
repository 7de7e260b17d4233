import { type Block, type Label, o, p, type RealCase } from '../labels';

// Japanese personal DCA diary (day 20): a purchase in ¥, the day's ¥/BTC close, a 7-day table whose
// 当日価格 column is the BTC price and whose 購入額 / 評価額 columns are the blogger's own sums.
const rows: [string, string, number, string, number, string, number][] = [
  ['2025/09/08', '¥16,525,400', 16525400, '¥3,305', 3305, '¥46,270', 46270],
  ['2025/09/09', '¥16,472,300', 16472300, '¥3,294', 3294, '¥49,417', 49417],
  ['2025/09/10', '¥16,500,000', 16500000, '¥3,300', 3300, '¥52,800', 52800],
  ['2025/09/11', '¥16,795,277', 16795277, '¥3,527', 3527, '¥57,360', 57360],
  ['2025/09/12', '¥16,812,000', 16812000, '¥3,530', 3530, '¥60,830', 60830],
  ['2025/09/13', '¥17,158,604', 17158604, '¥3,603', 3603, '¥65,720', 65720],
  ['2025/09/14', '¥17,087,436', 17087436, '¥3,587', 3587, '¥69,070', 69070],
];
const tableBlocks: Block[] = rows.flatMap(([d, pr, , buy, , val]) => [
  { text: pr, header: '当日価格 (円/BTC)', row: d },
  { text: buy, header: '購入額 (円)', row: d },
  { text: `約 ${val}`, header: '評価額 (円)', row: d },
]);
const tableLabels: Label[] = rows.flatMap(([, pr, prv, buy, buyv, val, valv]) => [
  p(pr, prv, 'JPY'),
  o(buy, buyv, 'JPY'),
  o(val, valv, 'JPY'),
]);

export const cases: RealCase[] = [
  {
    url: 'https://einsiedler.blog/%e3%80%90%e3%83%93%e3%83%83%e3%83%88%e3%82%b3%e3%82%a4%e3%83%b3%e7%a9%8d%e7%ab%8b20%e6%97%a5%e7%9b%ae%e3%80%912025%e5%b9%b49%e6%9c%8814%e6%97%a5%ef%bc%88%e6%97%a5%ef%bc%89',
    lang: 'ja',
    tags: ['forum', 'table', 'label-value'],
    title: '【ビットコイン積立20日目】2025年9月14日(日)',
    blocks: [
      'こんばんは!\n積立記録も20日目に入りました。今日は日曜日ですが、取引所がBTC購入を受け付けているため、最新価格でしっかり積立を行いました。',
      { text: '購入量:0.00021 BTC(約 ¥3,500 相当)', heading: '今日の購入内容' },
      { text: '参考終値:¥17,087,436/BTC(CoinGecko)', heading: '今日の購入内容' },
      { text: '購入額(目安):約 ¥3,587', heading: '今日の購入内容' },
      {
        text: 'ビットコインは本日、前日比ほぼ横ばい〜小幅増の動き。価格は約 ¥17,087,000 前後で推移。',
        heading: '市場の状況',
      },
      ...tableBlocks,
      { text: '累計投資額:約 ¥71,870', heading: '累計まとめ(20日目時点)' },
      { text: '累計保有量:0.00404 BTC', heading: '累計まとめ(20日目時点)' },
      { text: '評価額:約 ¥69,070', heading: '累計まとめ(20日目時点)' },
      { text: '損益:−¥2,800(約 −3.9%)', heading: '累計まとめ(20日目時点)' },
    ],
    expect: [
      o('¥3,500', 3500, 'JPY'),
      p('¥17,087,436', 17087436, 'JPY'),
      o('¥3,587', 3587, 'JPY'),
      p('¥17,087,000', 17087000, 'JPY'),
      ...tableLabels,
      o('¥71,870', 71870, 'JPY'),
      o('¥69,070', 69070, 'JPY'),
      o('¥2,800', 2800, 'JPY'),
    ],
  },
];
