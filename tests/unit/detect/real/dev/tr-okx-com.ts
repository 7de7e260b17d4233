import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tr.okx.com/learn/bitcoin-hash-orani-rekor-kirdi',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin hash oranı rekor kırdı',
    blocks: [
      'Bitcoin tüm zamanların zirvesinin yaklaşık %25 altında dururken madencilik maliyetleri artmaya devam ediyor.',
      'Madenciler şu anda iki kaynaktan gelir elde ediyor: blok ödülleri (blok başına 3,125 BTC) ve işlem ücretleri. Ancak işlem ücretleri son derece düşük — günde yaklaşık 4 BTC, yani yaklaşık 377,634 dolar.',
    ],
    expect: [o('377,634 dolar', 377634)],
  },
];
