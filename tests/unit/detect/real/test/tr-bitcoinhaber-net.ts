import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinhaber.net/bitcoin-madenciligi-elektrik-kullanimini-artirdi',
    lang: 'tr',
    tags: ['cost', 'format', 'prose'],
    title: 'Bitcoin madenciliği elektrik kullanımını artırdı',
    blocks: [
      'ABD’deki Bitcoin madencileri 2024’ün ilk birkaç ayında elektriğe 2.7 milyar dolar harcadı. Best Brokers analisti Paul Hoffman’a göre yılbaşından bu yana ABD’de madencilik 20.822,62 GWh tüketti; Şubat itibarıyla kWh başına ortalama 0,1281 dolarlık ticari tarifeyle bu 2.667.378.196,47 dolarlık bir fatura demek.',
      {
        heading: 'Bitcoin Madenciliği ve Maliyetler',
        text: 'Dünya genelinde şimdiye dek 8,2 milyar dolar değerinde 116.550 Bitcoin çıkarıldı. Nisan’daki halving öncesinde 1 Bitcoin için gereken elektrik 407.059,01 kWh idi ve maliyeti yaklaşık 52.144,26 dolardı. Halving’den bu yana 1 Bitcoin 862.635,55 kWh gerektiriyor; bu da ortalama ticari tarifeyle yaklaşık 110.503,61 dolara mal oluyor.',
      },
    ],
    expect: [
      o('2.7 milyar dolar', 2.7e9),
      o('0,1281 dolarlık', 0.1281),
      o('2.667.378.196,47 dolarlık', 2667378196.47),
      o('8,2 milyar dolar', 8.2e9),
      c('52.144,26 dolardı', 52144.26),
      c('110.503,61 dolara', 110503.61),
    ],
  },
];

cases.push({
  url: 'https://bitcoinhaber.net/?p=31689',
  lang: 'tr',
  tags: ['prose', 'format', 'anaphora'],
  blocks: [
    'Kripto analisti Benjamin Cowen, Bitcoin’in (BTC) zirveyi görmüş olabileceğini ve mevcut seviyelerden en az yüzde 8 gerileyebileceğini söyledi. Cowen’a göre ilk hedef 23 bin dolar civarı olabilir.',
    'Bitcoin yazı yazılırken son 24 saatte yüzde 0,88 düşüşle 26 bin 821 dolar seviyesinden işlem görüyordu. Ethereum (ETH) ise yüzde 0,17 artışla bin 560 dolardan el değiştiriyordu.',
  ],
  expect: [p('23 bin dolar', 23000), p('26 bin 821 dolar', 26821), o('bin 560 dolardan', 1560)],
});
