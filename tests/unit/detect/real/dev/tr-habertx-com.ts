import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://habertx.com/buyuk-deprem-piyasalar-sallandi-bir-haftada-700-milyar-dolar-buhar-oldu',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      'Nisanda 65 bin dolara yaklaşan Bitcoin’de bugün 32 bin dolar düzeyi görüldü.',
      '11 Mayıs’ta 2,4 trilyon doları aşan kripto paraların toplam piyasa kıymeti bugün 1,7 trilyon dolar düzeylerine indi; 8 günlük değer kaybı yaklaşık 700 milyar dolara ulaştı.',
      'Nisanda bir ara 1,2 trilyon doları geçen Bitcoin’in toplam piyasa bedeli de 600 milyar dolar düzeylerine geriledi.',
    ],
    expect: [
      p('65 bin dolara', 65000),
      p('32 bin dolar', 32000),
      o('2,4 trilyon doları', 2.4e12),
      o('1,7 trilyon dolar', 1.7e12),
      o('700 milyar dolara', 700e9),
      o('1,2 trilyon doları', 1.2e12),
      o('600 milyar dolar', 600e9),
    ],
  },
];
