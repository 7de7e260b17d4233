import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://uzmancoin.com/bitcoin-pizza-gunu-nedir-hikayesi/amp',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin Pizza Günü nedir? Her yıl 22 Mayıs’ta kutlanan bu günün hikayesi',
    blocks: [
      'Her şeyin başlangıcı, ilk Bitcoin geliştiricilerinden ve erken dönem madencilerden Laszlo Hanyecz’in 18 Mayıs 2010’da yaptığı paylaşımdı:',
      'Laszlo, iki pizza karşılığında 10.000 BTC (güncel fiyatı ile 380 milyon dolar, tüm zamanların en yüksek seviyesi fiyatı ile 648 milyon dolar) ödemeye hazır olduğunu belirtiyor.',
    ],
    expect: [o('380 milyon dolar', 380e6), o('648 milyon dolar', 648e6)],
  },
];
