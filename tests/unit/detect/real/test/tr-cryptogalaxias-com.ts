import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptogalaxias.com/bitcoin-btc-ayi-haftasini-40-000-dolarin-altinda-kapatarak-tamamladi/',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin (BTC) Ayı Haftasını 40.000 Doların Altında Kapatarak Tamamladı',
    blocks: [
      'Bitcoin (BTC), 13-20 Şubat haftasında belirgin şekilde düştü ve hem kısa hem uzun vadeli destek seviyelerinden ayrıldı.',
      'Fiyat şu anda 24 Ocak’ın en düşük seviyesi olan 32.917$’a yaklaşıyor.',
      'TradingView’e Göre BTC Grafiği',
      {
        text: 'Altı saatlik zaman dilimine geçildiğinde, BTC yükselen bir destek çizgisinden ayrıldı ve şimdi destek arıyor.',
        heading: 'BTC destek için mücadele ediyor',
      },
      {
        text: '0,618 Fib geri çekilme destek seviyesinde 37,860 dolardan tepki gelebilir.',
        heading: 'BTC destek için mücadele ediyor',
      },
    ],
    expect: [p('32.917$’a', 32917), p('37,860 dolardan', 37860)],
  },
];
