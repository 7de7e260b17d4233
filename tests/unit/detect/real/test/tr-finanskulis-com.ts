import { p, type RealCase } from '../labels';

// Turkish crypto blog on Bitcoin and the dollar index: price levels with a trailing "$" and with
// "dolar"; index values (102,70, 105.85) and RSI readings carry no currency.
export const cases: RealCase[] = [
  {
    url: 'https://finanskulis.com/27-000-dolar-yukselen-engele-donustugunde-bitcoin-bogalari-icin-4-endise-verici-grafik-5428/',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: '27.000 dolar yükselen engele dönüştüğünde Bitcoin boğaları için 4 endişe verici grafik',
    blocks: [
      'Bitcoin (BTC) 2023’te yaklaşık %60 artışla 27.000 $’a yükseldi, ancak fiyat 30.000 doları kesin olarak geçemedi.',
      'Bu psikolojik seviyedeki alım yorgunluğu, geçen hafta 25.000$’a doğru bir düzeltmeye yol açtı.',
      {
        text: 'Dolar Endeksi (DXY) haftayı %1,4 artışla 102,70’te kapattı; çift dip formasyonu 105.85 hedefini işaret ediyor.',
        heading: 'ABD Dolar Endeksi çift dip',
      },
    ],
    expect: [p('27.000 $', 27000), p('30.000 doları', 30000), p('25.000$', 25000)],
  },
];
