import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ntv.com.tr/ntvpara/kripto-para/bitcoin-madenciligi-167-ulkenin-elektrik-tuketimine-bedel,TrGKc2fGiUuJPuLa-6u63g',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      {
        heading: '1,9 TRİLYON DOLARLIK DEĞERE ULAŞTI',
        text: 'Küresel kripto para piyasasının değeri 1,89 trilyon dolara çıkarken, sayısı 12 bin 33’e ulaşan kripto paralar dünyada 965 borsada işlem görüyor.',
      },
      {
        heading: '1,9 TRİLYON DOLARLIK DEĞERE ULAŞTI',
        text: 'Piyasanın yüzde 49’unu oluşturan Bitcoin’in değeri yaklaşık 921 milyar dolara ulaşıyor.',
      },
    ],
    expect: [o('1,89 trilyon dolara', 1.89e12), o('921 milyar dolara', 921e9)],
  },
];
