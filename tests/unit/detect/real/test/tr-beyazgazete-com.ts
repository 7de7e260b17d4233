import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://beyazgazete.com/haber/2026/2/6/kripto-piyasasinda-deprem-bitcoin-eriyor-7170900.html',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Kripto piyasasında deprem: Bitcoin eriyor',
    blocks: [
      "Kripto para piyasasının amiral gemisi Bitcoin, perşembe günü yatırımcısını üzen sert bir düşüş yaşadı. CNBC'ye göre Bitcoin tek günde yüzde 10'dan fazla değer yitirerek 62.000 dolar (yaklaşık 2.704.303 TL) seviyelerine geriledi.",
      "Düşüş, Bitcoin'in yakın geçmişteki rekorlarıyla birlikte düşünüldüğünde daha da çarpıcı. Popüler kripto para, Kasım 2024'te 100.000 dolar (yaklaşık 4.361.000 TL) eşiğini geçmiş, Ekim 2025'te ise 122.000 doların (yaklaşık 5.320.420 TL) üzerine tırmanarak tarihi zirvesini görmüştü.",
      "Olumsuz seyir diğer kripto varlıklara da sıçradı. Ether'in 2.000 doların (yaklaşık 87.220 TL) altına inmesiyle Ethereum odaklı hazine şirketi BitMine'ın varlıkları perşembe günü 8 milyar doların (yaklaşık 348,88 milyar TL) üzerinde eridi. The Block verilerine göre Bitcoin, Kasım 2021'deki 69.000 dolarlık (yaklaşık 3.009.090 TL) rekorundan bu yana kazandığı her şeyi fiilen geri verdi.",
    ],
    expect: [
      p('62.000 dolar', 62000),
      p('2.704.303 TL', 2704303, 'TRY'),
      p('100.000 dolar', 100000),
      p('4.361.000 TL', 4361000, 'TRY'),
      p('122.000 doların', 122000),
      p('5.320.420 TL', 5320420, 'TRY'),
      o('2.000 doların', 2000),
      o('87.220 TL', 87220, 'TRY'),
      o('8 milyar doların', 8e9),
      o('348,88 milyar TL', 348.88e9, 'TRY'),
      p('69.000 dolarlık', 69000),
      p('3.009.090 TL', 3009090, 'TRY'),
    ],
  },
];
