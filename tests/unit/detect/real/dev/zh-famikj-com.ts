import { c, o, p, type RealCase } from '../labels';

// Simplified-Chinese mining Q&A: one sentence gives the coin's value "5万美元" and the electricity cost of mining
// one coin "4万美元左右" (btc_cost); per-kWh tariffs in yuan are other.
export const cases: RealCase[] = [
  {
    url: 'https://famikj.com/qkbk/42364.html',
    lang: 'zh-CN',
    tags: ['prose', 'cost', 'format'],
    title: '比特币挖矿要多少电费',
    blocks: [
      '在全球范围内,由于参与者众多,2015年挖出一个比特币平均需要2000度电,而到了2018年,这一数字预计将超过3万度电。如今,一个比特币的价值约为5万美元,因此挖矿所需的电费大概在4万美元左右,这意味着大概需要40万度电才能挖出一个比特币。',
      '计算机下载挖矿软件并运行特定算法,与远端服务器通信后即可获得比特币。这种显卡挖矿方式需要显卡长时间高负荷运行,功耗极高,电费支出也随之增加。',
      '比特币矿机的能耗因机型而异。以丰水期挖矿回本最快的神马68T矿机为例,其墙上功耗为3264瓦特。假设现在丰水期每度电费为0.22元,枯水期每度电费为0.34元,可以算出这台矿机的实际电费。',
    ],
    expect: [p('5万美元', 50000), c('4万美元', 40000), o('0.22元', 0.22, 'CNY'), o('0.34元', 0.34, 'CNY')],
  },
];
