import { o, p, type RealCase } from '../labels';

// Japanese personal investing blog looking back on the 2018 crash: yen levels in 万円 (a heading, a price and
// forecasts quoted from influencers) and an exchange hack total in 億円 as a hard negative.
export const cases: RealCase[] = [
  {
    url: 'http://www.libereco.net/135',
    lang: 'ja',
    tags: ['prose', 'format'],
    title: 'ビットコインの暴落について賢く考察',
    blocks: [
      'なぜ200万円まであがったのか',
      '2017年の年末には1BTCの価格が200万円を超え、誰もがまだ上がると考えていました。海外のインフルエンサーや大物投資家がポジショントークで、ビットコインは将来300万円になる、500万円になるといった意見を飛ばしていました。',
      '2018年1月26日には取引所のcoincheckがハッカーにNEM580億円分を盗まれる事件が起き、暴落に拍車をかけました。',
    ],
    expect: [
      p('200万円', 2e6, 'JPY'),
      p('200万円', 2e6, 'JPY'),
      p('300万円', 3e6, 'JPY'),
      p('500万円', 5e6, 'JPY'),
      o('580億円', 5.8e10, 'JPY'),
    ],
  },
];
