import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kriptoarena.com/?p=53860',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      '10.000 Bitcoin bugün 300 milyon dolar değerinde',
      'Hanyecz, pizza alımı için 10.000 BTC ödedi. Bu miktar o zaman yaklaşık 41 dolar değerindeydi. Kripto paranın değeri zamanla hızla artarken, şu anda 10.000 BTC’nin piyasa değeri yaklaşık 300 milyon dolar ediyor.',
      'Hanyecz, ödediği 10.000 BTC’yi ATH’si olan 68.990 dolar seviyesinden satmış olsaydı, yaklaşık 690 milyon dolarlık bir serveti olacaktı. Bu miktar, 15 dolardan 46 milyon büyük boy Papa John’s pizzasına denk geliyor.',
    ],
    expect: [
      o('300 milyon dolar', 300e6),
      o('41 dolar', 41),
      o('300 milyon dolar', 300e6),
      p('68.990 dolar', 68990),
      o('690 milyon dolarlık', 690e6),
      o('15 dolardan', 15),
    ],
  },
];
