import { o, type RealCase } from '../labels';

// Exchange review page (bitFlyer): spec rows and a deposit/withdrawal fee table whose column header is
// 日本円(JPY). Every yen amount is a fee, a withdrawal threshold ("3万未満") or capital: all other.
const jpy = '日本円(JPY)';
const coin = '仮想通貨';

export const cases: RealCase[] = [
  {
    url: 'https://coin-view.net/ranking/bitflyer/',
    lang: 'ja',
    tags: ['table', 'widget', 'format'],
    title: 'bitFlyer(ビットフライヤー)',
    blocks: [
      '国内初の仮想通貨ビットコイン(Bitcoin)販売所「bitFlyer」',
      { text: '現物売買手数料~0.15%、FX・先物は手数料無料。', header: 'スペック', row: '手数料' },
      { text: '資本金:41億 238万円', header: 'スペック', row: '取引所の信頼度' },
      { text: '■クイック入金 300円+税', header: jpy, row: '入金' },
      { text: '■振込入金 各金融機関所定額', header: jpy, row: '入金' },
      { text: '無料', header: coin, row: '入金' },
      { text: '■三井住友銀行 3万未満:200円+税 3万以上:400円+税', header: jpy, row: '出金' },
      { text: '■三井住友銀行以外 3万未満:500円+税 3万以上:700円+税', header: jpy, row: '出金' },
      { text: 'BTC:0.004', header: coin, row: '出金' },
    ],
    expect: [
      o('41億 238万円', 4102380000, 'JPY'),
      o('300円', 300, 'JPY'),
      o('3万', 30000, 'JPY'),
      o('200円', 200, 'JPY'),
      o('3万', 30000, 'JPY'),
      o('400円', 400, 'JPY'),
      o('3万', 30000, 'JPY'),
      o('500円', 500, 'JPY'),
      o('3万', 30000, 'JPY'),
      o('700円', 700, 'JPY'),
    ],
  },
];
