import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kriptodoktoru.com/kriptoda-kan-banyosu-neden-btc-110-000-altina-dustu-xrp-yuzde-13-deger-kaybetti',
    lang: 'tr',
    tags: ['prose', 'change', 'format', 'forum'],
    title: 'Kriptoda Kan Banyosu: Neden BTC 110.000 Altına Düştü, XRP Yüzde 13 Değer Kaybetti',
    blocks: [
      'Kriptoda Kan Banyosu: Neden BTC 110.000 Altına Düştü, XRP Yüzde 13 Değer Kaybetti',
      'Toplam kripto para piyasa değeri %9’dan fazla düşerek yaklaşık 3,8 trilyon dolara geriledi; yalnızca birkaç saatte 200 milyar dolar civarında değer silindi.',
      'Haftanın başında 126.000 doların üzerine çıkarak rekor kıran Bitcoin (BTC), son kontrolde 112.013 dolar civarında işlem görüyordu. Bu, son 24 saatte %7,6, hafta genelinde %8,5 düşüş demek.',
      'Ethereum (ETH) %12,5 düşüşle 3.803 dolara inerken Solana (SOL) ve XRP sırasıyla %16,5 ve %14,3 kaybetti.',
      'Binance’in BNB token’ı yaklaşık %11 gerileyerek 1.132 dolara indi. Tether (USDT) ise 1,00 dolar civarındaki sabit değerini korudu.',
      {
        heading: 'Rekor tasfiyeler kripto piyasasındaki çöküşü derinleştirdi',
        text: 'Coinglass’a göre son 24 saatte 19 milyar doların üzerinde kaldıraçlı pozisyon tasfiye edildi ve 1,6 milyondan fazla yatırımcı etkilendi.',
      },
      {
        heading: 'Rekor tasfiyeler kripto piyasasındaki çöküşü derinleştirdi',
        text: 'The largest liquidation event in crypto history. In the past 24 hours, 1,618,240 traders were liquidated, with a total liquidation amount of $19.13 billion. — CoinGlass (@coinglass_com) October 10, 2025',
      },
      {
        heading: 'Rekor tasfiyeler kripto piyasasındaki çöküşü derinleştirdi',
        text: 'Bunun 7 milyar dolarlık kısmı Cuma günü bir saatten kısa sürede silindi; satış baskısı borsalar arasında hızla yayıldı.',
      },
    ],
    expect: [
      p('110.000', 110000),
      o('3,8 trilyon dolara', 3.8e12),
      o('200 milyar dolar', 200e9),
      p('126.000 doların', 126000),
      p('112.013 dolar', 112013),
      o('3.803 dolara', 3803),
      o('1.132 dolara', 1132),
      o('1,00 dolar', 1),
      o('19 milyar doların', 19e9),
      o('$19.13 billion', 19.13e9),
      o('7 milyar dolarlık', 7e9),
    ],
  },
];
