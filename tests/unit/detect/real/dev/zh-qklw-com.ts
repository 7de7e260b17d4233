import { o, p, type RealCase } from '../labels';

// Chinese blockchain-site feature: a sitcom plot about lost coins, a per-coin price, a USB stick and pizzas in dollars.
export const cases: RealCase[] = [
  {
    url: 'https://qklw.com/blockchain/20230523/305938.html',
    lang: 'zh',
    tags: ['prose', 'anaphora'],
    blocks: [
      '经典宅男极客情景喜剧《生活大爆炸》有一集讲到比特币:Sheldon 有意无意地提到自己刚发表的有关比特币的论文,当时比特币价格约 5,000 美元/枚,Leonard 突然想起 7 年前比特币刚出现时,他跟 Howard、Rajesh 3 人出于兴趣曾编写挖矿程序挖过。',
      '原来是 Sheldon 在 7 年前恶作剧地偷偷登录 Leonard 的电脑,把所有比特币都转移到了 Leonard 的蝙蝠侠 U 盘里。而那个 U 盘在 3 年前遗落在了 Stuart 的漫画书店。Stuart 捡到后格式化了 U 盘,然后以 10 美元卖掉了。',
      '就这样,一笔巨款烟消云散,如南柯一梦。',
      '这个故事与 2010 年 5 月 22 日,美国佛罗里达州一个名叫 Laszlo 的程序员用 1 万枚比特币买到 2 份价值 40 美元的披萨一样令人哭笑不得。',
    ],
    expect: [p('5,000 美元', 5000), o('10 美元', 10), o('40 美元', 40)],
  },
];
