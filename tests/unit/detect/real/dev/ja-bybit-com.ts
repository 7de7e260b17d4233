import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bybit.com/ja-JP/coin-price/bitcoin/',
    lang: 'ja',
    tags: ['widget', 'label-value', 'anaphora'],
    title: 'Bitcoin 価格',
    blocks: [
      'Bitcoin 価格',
      'btc',
      '市場データ',
      'BTC:ビットコイン価格/日本円のチャート',
      'Nov 8, 2024の時点で、全世界の暗号資産の時価総額は1.50Tドルで、過去24時間の変動率は+1.18%です。BTCの現在の価格は75,789.00ドル、過去24時間の取引高は--ドルになっています。BTCの過去24時間の変動率は+1.28%で、循環供給量は19.78M BTC、最大供給数量は21.00M BTCです。BTCの時価総額は第1位で、過去24時間の高値(Nov 8, 2024の時点)は76,873.00ドル、過去24時間の安値(Nov 8, 2024の時点)は74,830.00です。',
      { text: 'BTC ビットコインの最高値は?', heading: 'BTC ビットコインの最高値は?' },
      {
        text: 'BTCの過去最高値(ATH)は、Nov 7, 2024に記録された76,873.00ドルです。',
        heading: 'BTC ビットコインの最高値は?',
      },
      { text: 'BTC ビットコインの最安値は?', heading: 'BTC ビットコインの最安値は?' },
      {
        text: 'BTCの過去最安値(ATL)は、Jul 6, 2013に記録された67.81ドルです。',
        heading: 'BTC ビットコインの最安値は?',
      },
    ],
    expect: [
      o('1.50Tドル', 1.5e12),
      p('75,789.00ドル', 75789),
      p('76,873.00ドル', 76873),
      p('76,873.00ドル', 76873),
      p('67.81ドル', 67.81),
    ],
  },
];
