import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://bitcoin-turkiye.blogspot.com/2017/01/bitcoin-ne-kadar.html',
    lang: 'tr',
    tags: ['prose', 'format', 'forum'],
    title: '@BitcoinHaber: Bitcoin ne kadar?',
    blocks: [
      'Bitcoin 5 Ocak 2017 itibarıyla yaklaşık 18 buçuk Milyar dolarlık piyasa değerine ulaşmış durumda. Büyük rakamlarla arası iyi olmayanlar için bunu örneklerle anlatalım.',
      'Önce hesaplamadan başlayalım: bugün serbest piyasada 1 BTC (Bitcoin) yaklaşık 1142 USD’den el değiştiriyor, piyasada da yaklaşık 16 Milyon BTC var. Çarpınca yaklaşık 18.5 Milyar dolar pazar değeri çıkıyor.',
      'Borsa İstanbul verilerine göre Arçelik’in değeri yaklaşık 14 Milyar Türk Lirası; bugünkü kurla 4 Milyar dolar ediyor. Turkcell’in piyasa değeri 6 Milyar dolar.',
      'Apple’ın toplam değeri 616 Milyar dolar. Bill Gates’in serveti ise 79 Milyar dolarcık.',
      'Dünyadaki tüm altının piyasa değeri 7.8 Trilyon (7800 Milyar) dolar — Bitcoin’in piyasa değerinin 400 katı!',
    ],
    expect: [
      o('18 buçuk Milyar dolarlık', 18.5e9),
      p('1142 USD', 1142),
      o('18.5 Milyar dolar', 18.5e9),
      o('14 Milyar Türk Lirası', 14e9, 'TRY'),
      o('4 Milyar dolar', 4e9),
      o('6 Milyar dolar', 6e9),
      o('616 Milyar dolar', 616e9),
      o('79 Milyar dolarcık', 79e9),
      o('7.8 Trilyon (7800 Milyar) dolar', 7.8e12),
    ],
  },
];
