import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.coinzonia.com/tom-lee-bitcoin-bu-yil-250-bin-dolara-ulasabilir',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Tom Lee: Bitcoin bu yıl 250 bin dolara ulaşabilir',
    blocks: [
      'Fundstrat kurucu ortağı Tom Lee, Bitcoin’in 2025 sonuna kadar 250 bin dolara ulaşabileceğini söyledi. Lee, bir podcast’te “Bitcoin’in yıl sonuna kadar bu 120 bin dolar seviyesini güçlendirmesi gerektiğini düşünüyorum. Belki 200 bin, hatta 250 bin olabilir” dedi.',
      'Mayıs ayında Bernstein ve Standard Chartered yıl sonu Bitcoin hedeflerini 200 bin dolar olarak belirlerken, 10x Research’ten Markus Thielen daha mütevazı bir tahminle 160 bin dolarlık bir hedef sundu.',
      'Lee’nin iyimser tahmini, Bitcoin’in oldukça dalgalı bir hafta geçirdiği döneme denk geldi. 14 Temmuz’da 123 bin 100 dolarla tüm zamanların en yüksek seviyesine ulaşan BTC, hafta sonunda 112 bin 44 dolara kadar geriledi.',
    ],
    expect: [
      p('250 bin dolar', 250000),
      p('120 bin dolar', 120000),
      p('200 bin', 200000),
      p('250 bin', 250000),
      p('200 bin dolar', 200000),
      p('160 bin dolar', 160000),
      p('123 bin 100 dolar', 123100),
      p('112 bin 44 dolar', 112044),
    ],
  },
];
