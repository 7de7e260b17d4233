import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.haberler.com/kripto-para/kripto-piyasasinda-1-8-milyar-dolarlik-buyuk-19077757-haberi/',
    lang: 'tr',
    tags: ['prose', 'change', 'format'],
    title: 'Kripto piyasasında 1,8 milyar dolarlık büyük tasfiye',
    blocks: [
      'Kripto para piyasası yılın en büyük tasfiye olaylarından birini yaşadı. Son 24 saatte 370 binden fazla yatırımcının pozisyonu kapatıldı ve toplam 1,8 milyar dolarlık varlık likide edildi.',
      {
        heading: 'Bitcoin Fiyatı İçin Kritik Destek Seviyeleri',
        text: 'Son verilere göre kripto para piyasasının toplam değeri 150 milyar dolardan fazla eriyerek 3,95 trilyon dolara indi. Bu süreçte Bitcoin fiyatı 112.000 doların, Ethereum ise 4.150 doların altına geriledi.',
      },
      {
        heading: 'Bitcoin Fiyatı İçin Kritik Destek Seviyeleri',
        text: 'Bazı analistler düşüşü altcoin piyasasındaki aşırı kaldıraca bağlıyor. Ethereum tasfiyelerinin 500 milyon doları aşması, Bitcoin’deki long tasfiyelerin iki katından fazlasına denk geliyor.',
      },
      {
        heading: 'Bitcoin Fiyatı İçin Kritik Destek Seviyeleri',
        text: 'IG analisti Tony Sycamore, Bitcoin’in 103.700 dolardaki 200 günlük hareketli ortalamayı da kapsayan 100 bin ila 105 bin dolar destek bölgesine çekilebileceğini söyledi.',
      },
    ],
    expect: [
      o('1,8 milyar dolarlık', 1.8e9),
      o('150 milyar dolardan', 150e9),
      o('3,95 trilyon dolara', 3.95e12),
      p('112.000 doların', 112000),
      o('4.150 doların', 4150),
      o('500 milyon doları', 500e6),
      p('103.700 dolardaki', 103700),
      p('100 bin', 100000),
      p('105 bin dolar', 105000),
    ],
  },
  {
    url: 'https://www.haberler.com/bitcoin-nedir-nasil-oynanir-bitcoin-nasil-13881259-haberi/',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin nedir, nasıl oynanır? Bitcoin kaç TL, Bitcoin kaç Dolar?',
    blocks: [
      'Bitcoin ağı 3 Ocak 2009’da devreye girdi. Maksimum bitcoin sayısı genesis blokta 21 milyonla sınırlandı. İlk alışveriş 22 Mayıs 2010’da 10.000 Bitcoin karşılığında pizza alımıyla yapıldı.',
      '22 Temmuz 2013 itibarıyla dolaşımdaki Bitcoin’lerin toplam değeri 1.2 milyar dolar seviyesindeydi.',
    ],
    expect: [o('1.2 milyar dolar', 1.2e9)],
  },
];
