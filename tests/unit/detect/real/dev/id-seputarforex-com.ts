import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.seputarforex.com/artikel/bitcoin/lihat.php?id=283514',
    lang: 'id',
    tags: ['widget', 'format'],
    title: 'Seluk-Beluk Pengenaan Pajak Atas Bitcoin',
    blocks: [
      'EUR/USD 1.067   |   USD/JPY 154.540   |   GBP/USD 1.245   |   AUD/USD 0.642   |   Gold 2,388.63/oz   |   Silver 28.68/oz   |   Wall Street 37,841.35   |   Nasdaq 15,601.50   |   IDX 7,087.32   |   Bitcoin 63,512.75   |   Ethereum 3,066.03   |   Litecoin 80.80   |   XAU/USD bullish efek masih berlanjutnya tensi konflik Israel-Iran, 14 jam lalu, #Emas Fundamental',
      'Seluk-Beluk Pengenaan Pajak Atas Bitcoin',
      'Karena perlakuan yang berbeda-beda di setiap negara, pajak atas Bitcoin punya aturan yang berbeda-beda, termasuk di Indonesia.',
    ],
    expect: [p('63,512.75', 63512.75)],
  },
];
