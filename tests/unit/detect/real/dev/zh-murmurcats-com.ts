import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://murmurcats.com/what-is-btc',
    lang: 'zh-TW',
    tags: ['prose', 'format'],
    title: '2025 最新|比特幣是什麼、怎麼玩?為什麼比特幣有價值?',
    blocks: [
      '比特幣(BTC、Bitcoin)是什麼?怎麼玩?',
      '早期沒什麼人把比特幣當一回事,只有一群科技狂會在網路論壇交流,或為了玩樂互相發送比特幣。',
      '甚至有網站為了推廣比特幣,只要隨手一點就能免費領取 5 枚比特幣,放在當今價值超過 40 萬美元!',
      '2010 年 5 月 22 日,一位名叫 Laszlo Hanyecz 的工程師用 10,000 枚比特幣(現在價值 80 億美元)和網友購買了 2 塊披薩,成為比特幣史上第一筆實物交易。',
      '截至目前,比特幣的市值已經超過 2 兆美元,超越 Meta、Tesla 等知名企業,成為全球前 10 大資產。',
    ],
    expect: [o('40 萬美元', 400000), o('80 億美元', 8e9), o('2 兆美元', 2e12)],
  },
];
