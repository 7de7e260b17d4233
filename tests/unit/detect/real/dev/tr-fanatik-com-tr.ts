import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.fanatik.com.tr/2017/11/27/dunya-nin-konustugu-bitcoin-nedir-iste-bitcoin-in-bilinmeyenleri-1333655',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      "Bitcoin ağı 3 Ocak 2009'da devreye girdi ve en fazla 21 milyon bitcoin üretilebiliyor. Dolaşımdaki Bitcoin'lerin toplam değeri 22 Temmuz 2013 itibarıyla 1.2 milyar dolar seviyesindeyken, 4 Haziran 2014'te 8.2 milyar dolar seviyesine çıktı.",
    ],
    expect: [o('1.2 milyar dolar', 1.2e9), o('8.2 milyar dolar', 8.2e9)],
  },
];
