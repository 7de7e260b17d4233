import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btcpiyasasi.com/bitcoinin-realize-edilmis-piyasa-degeri-ilk-kez-400-milyar-dolari-gecti/amp/',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin’in realize edilmiş piyasa değeri ilk kez 400 milyar doları geçti',
    blocks: [
      'Bitcoin’in realize edilmiş piyasa değeri ilk kez 400 milyar doları geçti',
      'Glassnode verilerine göre Bitcoin’in realize edilmiş piyasa değeri ilk kez 400 milyar doların üzerine çıktı. Realize edilmiş fiyat da 21 bin 200 doları aşarak yeni bir rekor kırdı.',
      {
        heading: 'Ölçüm nasıl yapılıyor?',
        text: 'Coin Metrics’in geliştirdiği ölçüm, her coin’i son hareket ettiği andaki fiyatla değerliyor. Örneğin bir coin en son 2018’de hareket ettiyse ve o zaman fiyat 4 bin dolar idiyse, hesap güncel fiyattan değil bu fiyattan (4 bin dolardan) yapılıyor.',
      },
    ],
    expect: [
      o('400 milyar doları', 400e9),
      o('400 milyar doların', 400e9),
      p('21 bin 200 doları', 21200),
      p('4 bin dolar', 4000),
      p('4 bin dolardan', 4000),
    ],
  },
];
