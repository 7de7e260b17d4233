import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coin-turk.com/kripto-tahminleri-ses-getiren-analist-yorumladi-2023-yilinda-bitcoinde-buna-hazir-olun',
    lang: 'tr',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'Bitcoin madencilik gelirleri 8 milyon Dolar artarken, yükselen Bitcoin fiyatının donanımların daha fazla çalıştırılmasını teşvik etmesiyle madencilik zorluğu Ocak 2023’te %5 yükseldi. Zorluk iki hafta öncesine göre yaklaşık %4,7 artarak 40 trilyona yaklaştı; gelirler ise 1 Ocak 2023’teki yaklaşık 15,3 milyon dolardan yazım anında yaklaşık 24 milyon dolara çıktı.',
    ],
    expect: [o('8 milyon Dolar', 8e6), o('15,3 milyon dolardan', 15.3e6), o('24 milyon dolara', 24e6)],
  },
];

cases.push({
  url: 'https://coin-turk.com/milyarlarca-dolarlik-zarar-aciklandi-bitcoin-bakin-hangi-sirketleri-zor-durumda-birakti',
  lang: 'tr',
  tags: ['prose', 'anaphora'],
  blocks: [
    'Bitcoin (BTC) için zor geçen 12 ayda lider kripto para, bir yıl önce 69.000 dolarla tüm zamanların zirvesini gördükten sonra 2022’nin son çeyreğinde 15.480 dolara kadar gerilemişti. CompaniesMarketCap verilerine göre halka açık 16 Bitcoin madencilik şirketi son 12 ayda (TTM) toplam 4,47 milyar doların üzerinde zarar yazdı.',
    {
      heading: 'Bitcoin’den Zarar Eden Şirketler',
      text: 'Bu dönemde en çok kaybeden 1,66 milyar dolarlık zararla Core Scientific oldu. Marathon Digital ve Riot Platforms yıllık bazda 600 milyon doların üzerinde zarar etti; daha büyük kaybı olan dokuz şirketin tamamı 100 milyon doların üzerinde negatif sonuç açıkladı. Canaan Inc ise son 12 ayda 92,33 milyon dolar kazançla tek pozitif şirket oldu.',
    },
  ],
  expect: [
    p('69.000 dolarla', 69000),
    p('15.480 dolara', 15480),
    o('4,47 milyar doların', 4.47e9),
    o('1,66 milyar dolarlık', 1.66e9),
    o('600 milyon doların', 600e6),
    o('100 milyon doların', 100e6),
    o('92,33 milyon dolar', 92.33e6),
  ],
});

cases.push({
  url: 'https://coin-turk.com/bitcoin-madenciliginde-buyuk-geri-cekilme-2021den-bu-yana-gorulen-en-sert-dusus',
  lang: 'tr',
  tags: ['prose', 'cost', 'anaphora'],
  blocks: [
    {
      heading: 'Fiyat Çöküşü ve Kış Fırtınasının Madencilikteki Etkisi',
      text: 'Ekim’de 126.000 doları aşarak zirve gören Bitcoin fiyatının Şubat başında 60.000 dolar sınırına kadar inmesi sektörü ekonomik bir darboğaza soktu. Pek çok şirket, üretim maliyetlerinin piyasa fiyatının üzerine çıkmasıyla cihazlarını kapattı.',
    },
    'Sektör temsilcilerine göre petahash başına günlük gelir (hashprice) 33,31 dolar ile tüm zamanların dibini gördü.',
  ],
  expect: [p('126.000 doları', 126000), p('60.000 dolar', 60000), o('33,31 dolar', 33.31)],
});

cases.push(
  {
    url: 'https://coin-turk.com/bitcoinde-sert-cokus-ayi-piyasasi-resmen-basladi-mi',
    lang: 'tr',
    tags: ['prose', 'change', 'anaphora'],
    blocks: [
      {
        heading: 'Bitcoin’de Düşüş Süreci Nasıl Şekillendi?',
        text: 'Bitcoin, yaklaşık iki hafta önce gördüğü 98.000 dolara yakın zirveden bu yana yaklaşık 14.700 dolar kaybederek 83.000 dolar civarına indi.',
      },
      {
        heading: 'Bitcoin’de Düşüş Süreci Nasıl Şekillendi?',
        text: 'Analistlere göre 80.000 dolar psikolojik eşik; fiyatın bu bandın üzerinde tutunup tutunamayacağı kısa vadeli yönü belirleyecek. 74-75.000 dolar aralığı ise geçmişte destek olmuş önemli bir bölge.',
      },
    ],
    expect: [
      p('98.000 dolara', 98000),
      o('14.700 dolar', 14700),
      p('83.000 dolar', 83000),
      p('80.000 dolar', 80000),
      p('74', 74000),
      p('75.000 dolar', 75000),
    ],
  },
  {
    url: 'https://coin-turk.com/4-yillik-dongu-teorisi-2026-bitcoin-icin-ayi-piyasasi-yili-olacak-mi',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Geçen hafta Bitcoin ciddi bir oynaklık gösterdi. Lider kripto para son zirvelerinden sert düşerek yaklaşık 60.000 dolar seviyesine indi, ardından toparlanıp yeniden 70.000 dolar civarında dengelendi.',
      {
        heading: 'BTC Fiyatı Ne Kadar Düşebilir?',
        text: 'Şu anda Bitcoin’in gerçekleşmiş fiyatı yaklaşık 55.000 dolar; bu, dolaşımdaki tüm BTC’lerin en son el değiştirdiği ortalama fiyatı gösteriyor.',
      },
    ],
    expect: [p('60.000 dolar', 60000), p('70.000 dolar', 70000), p('55.000 dolar', 55000)],
  },
  {
    url: 'https://coin-turk.com/2026nin-ilk-bitcoin-analizi',
    lang: 'tr',
    tags: ['prose', 'forum', 'anaphora'],
    blocks: [
      {
        heading: 'Kriptoda Acı Gerçekler',
        text: '2023’te son döngü için 120 bin dolar civarında bir zirve hesaplamıştık; nitekim BTC 2025’in son çeyreğinde 126 bin dolarda beklenen seviyede tepe yaptı.',
      },
      {
        heading: 'Kriptoda Acı Gerçekler',
        text: '“Kusura bakmayın ama dibin burada olduğunu söylemek samimi değil. 16.500 dolar ile 124 bin arasında Bitcoin harika bir yolculuk yaptı.”',
      },
    ],
    expect: [
      p('120 bin dolar', 120000),
      p('126 bin dolarda', 126000),
      p('16.500 dolar', 16500),
      p('124 bin', 124000),
    ],
  },
);

cases.push({
  url: 'https://coin-turk.com/bitcoin-btc-fiyatinin-dususunun-arkasindaki-sebepler-neler',
  lang: 'tr',
  tags: ['prose', 'anaphora'],
  blocks: [
    'Lider kripto para Bitcoin (BTC) 60.000 dolar seviyesinden sert düştü. Tüm zamanların rekorunu kırıp 61.700 dolara kadar çıkan fiyattaki bu geri çekilmenin aslında olağan olduğu vurgulanıyor.',
    'Bitcoin Fiyatı 56.000 Dolara Geriledi',
    'Son 24 saatteki düşüşle fiyat 56.697 dolara kadar indi. BTC’nin geçen hafta 61.500 dolara kadar tırmanması tamamen Fed açıklamaları sayesinde olmuştu.',
    {
      heading: 'Bitcoin Neden Düştü?',
      text: 'BTC 60.000 dolar direncini yeniden test etse de alış baskısı bu seviyenin üzerine çıkmaya yetmedi.',
    },
  ],
  expect: [
    p('60.000 dolar', 60000),
    p('61.700 dolara', 61700),
    p('56.000 Dolara', 56000),
    p('56.697 dolara', 56697),
    p('61.500 dolara', 61500),
    p('60.000 dolar', 60000),
  ],
});

cases.push(
  {
    url: 'https://coin-turk.com/bitcoinde-bir-gecede-gelen-milyar-dolarlik-cokus',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      'En büyük kripto para Bitcoin, küresel risk iştahındaki ani kırılmayla salı günü 90.000 dolar eşiğinin altına inerek sert bir tasfiye dalgasını tetikledi.',
      {
        heading: 'Bitcoin’de Sert Düşüş Tasfiye Zincirini Tetikledi',
        text: 'Bitcoin’in fiyatı ABD seansının ilerleyen saatlerinde hızla 87.800 dolara kadar geriledi, ardından Asya işlemlerinde yeniden 89.000 doların üzerine çıktı. CoinGlass’a göre 183.000’den fazla yatırımcının pozisyonu kapatıldı ve toplam tasfiye 1.09 milyar dolara ulaştı.',
      },
      {
        heading: 'Bitcoin’de Sert Düşüş Tasfiye Zincirini Tetikledi',
        text: 'Tekil işlemlerde en büyük kayıp, Bitget’te tasfiye edilen 13.52 milyon dolarlık BTCUSDT pozisyonu oldu.',
      },
    ],
    expect: [
      p('90.000 dolar', 90000),
      p('87.800 dolara', 87800),
      p('89.000 doların', 89000),
      o('1.09 milyar dolara', 1.09e9),
      o('13.52 milyon dolarlık', 13.52e6),
    ],
  },
  {
    url: 'https://coin-turk.com/bitcoin-cephesinde-sular-durulmuyor-unlu-analist-kiyamet-senaryosunu-paylasti',
    lang: 'tr',
    tags: ['prose', 'forum', 'anaphora'],
    blocks: [
      'Bitcoin fiyatı 14 Mart’ta 73.835 dolar civarında rekor kırdıktan sonra bir haftada %8’den fazla, son 30 günde %12 geriledi.',
      {
        heading: 'Bitcoin İçin Şok Eden Tahmin',
        text: 'Ali, Bitcoin’in 14 Mart’taki zirvesinde gerçekleşen kârın 3,52 milyar dolara fırladığını gösteren Glassnode verisine dikkat çekti ve şu uyarıyı yaptı: “Piyasa zirvesi doğrulanırsa Bitcoin fiyatı 51.530 dolara, hatta 42.700 dolara inebilir!”',
      },
    ],
    expect: [
      p('73.835 dolar', 73835),
      o('3,52 milyar dolara', 3.52e9),
      p('51.530 dolara', 51530),
      p('42.700 dolara', 42700),
    ],
  },
);

cases.push(
  {
    url: 'https://coin-turk.com/bitcoin-madencileri-cokusun-esiginde-olabilir-yeni-bir-satis-dalgasi-kapida',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      {
        heading: 'Ağustos Ayında Madencilik Geliri Düştü',
        text: 'Ağustos’ta Bitcoin madencilik geliri yalnızca 827.56 milyon dolarda kaldı; bu, Temmuz’a göre %10.5 düşüş demek. Mart 2024’te 1.93 milyar dolarla zirve yapan gelirlerdeki gerileme yeni bir çöküşün habercisi olabilir.',
      },
      {
        heading: 'Ağustos Ayında Madencilik Geliri Düştü',
        text: 'Ali Martinez’e göre madenciler yalnızca geçen hafta sonu yaklaşık 154 milyon dolar değerinde 2,655 BTC sattı.',
      },
      {
        heading: 'Madenciler Farklı Gelir Kaynaklarına Yöneliyor',
        text: 'Öte yandan büyük şirketler, MicroStrategy’nin 250 milyon dolarlık dönüştürülebilir tahvil ihracı gibi yollarla BTC almaya odaklanıyor.',
      },
    ],
    expect: [
      o('827.56 milyon dolarda', 827.56e6),
      o('1.93 milyar dolarla', 1.93e9),
      o('154 milyon dolar', 154e6),
      o('250 milyon dolarlık', 250e6),
    ],
  },
  {
    url: 'https://coin-turk.com/bitcoin-madenciliginde-zorluk-rekor-kirdi-operatorler-satis-baskisiyla-karsi-karsiya',
    lang: 'tr',
    tags: ['prose', 'change'],
    blocks: [
      'Bitcoin ağında madencilik zorluğu yaklaşık yüzde 15 artarak 144,40 trilyona çıktı. Sert artış, Bitcoin fiyatının uzun süredir 65.000 dolar civarında dalgalandığı bir döneme denk geldi.',
      {
        heading: 'Zorluk Artışının Hashprice ve Operatörler Üzerindeki Etkisi',
        text: 'Zorluk artışıyla birlikte hashprice, ayarlama sürecinde günlük yaklaşık 33,5 dolardan 29,7 dolara geriledi.',
      },
    ],
    expect: [p('65.000 dolar', 65000), o('33,5 dolardan', 33.5), o('29,7 dolara', 29.7)],
  },
);
