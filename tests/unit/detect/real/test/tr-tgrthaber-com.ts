import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tgrthaber.com/ekonomi/bitcoinde-dip-tartismasi-alevlendi-asil-ayi-piyasasi-tabani-55-bin-dolar-3282241',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: "Bitcoin'de dip tartışması alevlendi: Asıl ayı piyasası tabanı 55 bin dolar",
    blocks: [
      'Analistlere göre Bitcoin henüz “nihai dip” seviyesini görmedi. Kimi kurumlar 55 bin doları işaret ederken kimileri 40 bin doların altını tartışıyor. Yine de 50 bin doların altına inmenin artık zor olduğu görüşü güçleniyor.',
      'CryptoQuant’ın son haftalık raporu iyimserleri biraz üzecek cinsten: rapora göre Bitcoin’in “nihai ayı piyasası tabanı” henüz oluşmadı ve bu seviye bugün için 55 bin dolar civarında.',
      'CryptoQuant’a göre 55 bin dolar, yatırımcıların ortalama maliyetini gösteren “realized price” seviyesine denk geliyor; bu metrik önceki ayı piyasalarında sağlam bir destek olmuştu.',
    ],
    expect: [
      p('55 bin doları', 55000),
      p('40 bin doların', 40000),
      p('50 bin doların', 50000),
      p('55 bin dolar', 55000),
      p('55 bin dolar', 55000),
    ],
  },
];

cases.push({
  url: 'https://www.tgrthaber.com/ekonomi/altin-bitcoin-gibi-davranmaya-basladi-3279649',
  lang: 'tr',
  tags: ['prose', 'format'],
  title: 'Altın Bitcoin gibi davranmaya başladı',
  blocks: [
    'Son günlerde altının sert yükselişi, “dijital altın” denilen Bitcoin ile kıyaslamaları yeniden alevlendirdi. Altın yalnızca üç günde Bitcoin’in toplam piyasa değerinin iki katından fazlasını ekledi.',
    'Son birkaç gün baş döndürücüydü: altın 72 saatte piyasa değerine yaklaşık 3,5 trilyon dolar ekledi.',
  ],
  expect: [o('3,5 trilyon dolar', 3.5e12)],
});
