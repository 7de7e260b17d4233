import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kriptodo.com/eski-bitcoin-madenciligi-donanimlari-kapanma-riskiyle-karsi-karsiya',
    lang: 'tr',
    tags: ['prose', 'format', 'cost'],
    title: 'Eski Bitcoin madenciliği donanımları kapanma riskiyle karşı karşıya',
    blocks: [
      'Eski Bitcoin (BTC) madencilik donanımları, süregelen kripto piyasası çöküşünde kâr etmekte giderek zorlanıyor.',
      { text: 'BTC madenciliği kârlılığında %75 düşüş', heading: 'Kârlılık' },
      'F2Pool verilerine göre çoğu ASIC’in kârlılığı, Bitcoin’in 13 Haziran’da 24 bin doların altına gerilemesinin ardından negatife döndü. Bu durum, “kepenk indirme sınırında” olan Antminer S11 ve AvalonMiner 921 gibi makineleri kapsıyor.',
      'Antminer S11’i küresel ortalama elektrik giderleriyle çalıştırmak günde 4,5 dolar civarı masraf çıkarırken yalnızca 2 dolar civarı gelir sağlıyor. Canaan’ın AvalonMiner 921’i de günlük 5 dolar civarı gidere karşılık 2 doların biraz üzerinde gelir getiriyor.',
      'Madencilerin geliri Ekim 2021’de TH/s başına 0,412 dolarken, Haziran 2022’ye kadar yüzde 75 düşerek 0,11 dolara geriledi.',
    ],
    expect: [
      p('24 bin dolar', 24000),
      o('4,5 dolar', 4.5),
      o('2 dolar', 2),
      o('5 dolar', 5),
      o('2 dolar', 2),
      o('0,412 dolar', 0.412),
      o('0,11 dolar', 0.11),
    ],
  },
];
