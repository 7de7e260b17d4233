import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://evrenatlasi.com/bitcoinin-potansiyel-fiyati/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: "Bitcoin'in Gelecekteki Fiyatı Ne Kadar Olabilir?",
    blocks: [
      {
        text: "Bitcoin'in Potansiyel Fiyatının Tahmin Edilmesi",
        heading: "Bitcoin'in Potansiyel Fiyatının Tahmin Edilmesi",
      },
      {
        text: '1. Küresel değişim aracı olarak, bugün yaklaşık 4,9 trilyon ABD doları değerindeki M1 parasını (nakit, vadesiz mevduat ve çekler) temel alacağız.',
        heading: "Bitcoin'in Potansiyel Fiyatının Tahmin Edilmesi",
      },
      {
        text: '2. Tüm para arzını kapsayan M3’ten M1 çıkarıldığında yaklaşık 45 trilyon ABD doları kalıyor; bunu Bitcoin’e alternatif bir değer deposu olarak ele alacağız.',
        heading: "Bitcoin'in Potansiyel Fiyatının Tahmin Edilmesi",
      },
      {
        text: '3. ABD Jeoloji Araştırması, 1999 sonunda yer üstünde yaklaşık 122.000 metrik ton altın bulunduğunu tahmin etti; bunun %48’i, yani 58.560 metrik tonu külçe olarak saklanıyor. 31 gram altının ortalama 1.200 dolar olduğu varsayılırsa...',
        heading: "Bitcoin'in Potansiyel Fiyatının Tahmin Edilmesi",
      },
    ],
    expect: [o('4,9 trilyon ABD doları', 4.9e12), o('45 trilyon ABD doları', 4.5e13), o('1.200 dolar', 1200)],
  },
];
