import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hwp.com.tr/jpmorgandan-altcoinlerin-yukselisine-yonelik-dikkat-cagrisi-193599',
    lang: 'tr',
    tags: ['prose', 'change', 'format', 'anaphora'],
    blocks: [
      'Lider kripto para Bitcoin akşam saatlerinde sert düştü. Geçen günlerde yeniden 50 bin doların üzerine çıkan BTC, yaklaşık 1,5 saatte 42 bin dolar seviyesine kadar geriledi; küresel borsalarda yaklaşık 2,7 milyar dolarlık pozisyon tasfiye oldu.',
      'Bitcoin, mayıs ortasında başlayan düşüşle 64 bin dolarlık rekorundan %50’den fazla kaybetmişti. Ani 10 bin dolarlık kayıp herkesi şaşırttı. 42 bin dolara indikten sonra toparlanan BTC, yazı sırasında 47.116 dolar seviyesinde.',
      'Analist Rekt Capital’e göre Bitcoin 50 bin doları yeniden test edebilir: "Any dips into ~$50400 or ~$51000 will likely figure as a retest attempt to confirm the breakout beyond the key blue level"',
    ],
    expect: [
      p('50 bin doların', 50000),
      p('42 bin dolar', 42000),
      o('2,7 milyar dolarlık', 2.7e9),
      p('64 bin dolarlık', 64000),
      o('10 bin dolarlık', 10000),
      p('42 bin dolara', 42000),
      p('47.116 dolar', 47116),
      p('50 bin doları', 50000),
      p('$50400', 50400),
      p('$51000', 51000),
    ],
  },
];
