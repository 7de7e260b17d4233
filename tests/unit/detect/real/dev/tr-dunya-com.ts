import { o, p, type RealCase } from '../labels';

const url =
  'https://www.dunya.com/finans/haberler/hazirandan-beri-ilk-kez-bu-seviyeye-indi-uzmanlardan-bitcoin-icin-dusus-uyarisi-haberi-801651';
const title = "Haziran'dan beri ilk kez bu seviyeye indi: Uzmanlardan Bitcoin için düşüş uyarısı";

export const cases: RealCase[] = [
  {
    url,
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title,
    blocks: [
      "Lider kripto Bitcoin, 23 Haziran'dan bu yana ilk kez 100 bin doların altını gördükten sonra biraz toparlanıp yeniden 100 bin doların üzerine çıktı. Uzmanlara göre ise 100 bin doların altına inilirse 72 bin dolara kadar bir geri çekilme gündeme gelebilir.",
      "Fed'in faiz indiriminde temkinli duruşu ve teknoloji hisselerindeki yüksek değerleme kaygıları Bitcoin fiyatını sert aşağı çekti.",
      "Son 24 saatte Bitcoin'de en düşük 98 bin 962 dolar seviyesi görülürken, Ethereum'da 3 bin 63 dolar seviyesi test edildi.",
      "Piyasa değerine göre dünyanın en büyük kripto parası Bitcoin'in fiyatı saat 09.30 itibarıyla son 24 saatte yüzde 2,55 gerileyerek 102 bin 24 dolardan işlem görüyor.",
      'Aynı saatlerde Ethereum yüzde 5,45 kayıpla 3 bin 330 dolarda bulunuyor.',
      "Bitcoin 6 Ekim'de 126 bin 198 dolara çıkarak tüm zamanların zirvesini görmüştü; fiyat şu an bu rekorun yaklaşık yüzde 19 altında.",
    ],
    expect: [
      p('100 bin doların', 100000),
      p('100 bin doların', 100000),
      p('100 bin doların', 100000),
      p('72 bin dolara', 72000),
      p('98 bin 962 dolar', 98962),
      o('3 bin 63 dolar', 3063),
      p('102 bin 24 dolardan', 102024),
      o('3 bin 330 dolarda', 3330),
      p('126 bin 198 dolara', 126198),
    ],
  },
  {
    url,
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      {
        heading: "'72 bin dolara kadar gerileyebilir'",
        text: "Analiz şirketi CryptoQuant, Bitcoin'in 100 bin dolar seviyesini kaybetmesi halinde 1-2 ay içinde 72 bin dolara kadar düşebileceğini belirtti.",
      },
      {
        heading: "'72 bin dolara kadar gerileyebilir'",
        text: 'CryptoQuant araştırma direktörü Julio Moreno, fiyatın yaklaşık 100 bin dolar bölgesini tutamayıp aşağı kırması durumunda bir-iki ay içinde 72 bin dolar hedefinin riskinin artacağını söyledi.',
      },
      {
        heading: "'72 bin dolara kadar gerileyebilir'",
        text: '10x Research Başkanı Markus Thielen ise düşüş eğiliminin gelecek bahara kadar sürebileceğini, geri çekilmenin en fazla 85 bin dolar seviyesine uzanabileceğini öngördü.',
      },
    ],
    expect: [
      p('100 bin dolar', 100000),
      p('72 bin dolara', 72000),
      p('100 bin dolar', 100000),
      p('72 bin dolar', 72000),
      p('85 bin dolar', 85000),
    ],
  },
];

cases.push({
  url: 'https://www.dunya.com/finans/kripto-para/bitcoinde-yeni-ralli-sinyali-dikkat-ceken-analiz-haberi-816918',
  lang: 'tr',
  tags: ['prose', 'format', 'anaphora'],
  title: "Bitcoin'de yeni ralli sinyali: Dikkat çeken analiz",
  blocks: [
    'Bitcoin, hafta sonu başlayan ABD-İsrail-İran savaşının ardından 60 bin dolarlık dipten sınırlı bir toparlanmayla 66 bin 400-67 bin 800 dolar bandına yerleşti.',
    'Jan3 CEO\'su Samson Mow\'a göre ons fiyatı 5 bin 247 doları aşan altın "aşırı değerli" bölgedeyken Bitcoin büyük bir dönüşün eşiğinde olabilir.',
    {
      heading: 'Z-Skoru alarm veriyor',
      text: "Mart 2020: Pandemi çöküşünde skor -2'nin altına inmiş, Bitcoin sonraki 12 ayda yüzde 300 yükselerek 69 bin dolarlık o dönemki rekoruna ulaşmıştı.",
    },
    {
      heading: '50 bin dolar seviyesine kadar gerileme ihtimali',
      text: "Diğer analistler daha temkinli; bazı uzmanlar Bitcoin'in 50 bin dolar seviyesine kadar inebileceğini öngörüyor.",
    },
  ],
  expect: [
    p('60 bin dolarlık', 60000),
    p('66 bin 400', 66400),
    p('67 bin 800 dolar', 67800),
    o('5 bin 247 doları', 5247),
    p('69 bin dolarlık', 69000),
    p('50 bin dolar', 50000),
  ],
});
