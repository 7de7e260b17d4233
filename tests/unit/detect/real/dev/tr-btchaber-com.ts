import { o, type RealCase } from '../labels';

// Turkish crypto-news opinion piece ("Ben aldım düştü"): a DCA example with monthly and total dollar sums.
export const cases: RealCase[] = [
  {
    url: 'https://www.btchaber.com/ben-aldim-dustu-ve-ben-sattim-yukseldi/',
    lang: 'tr',
    tags: ['forum', 'prose'],
    title: 'Ben aldım düştü ve ben sattım yükseldi',
    blocks: [
      'Bir yatırım veya al/sat yaptığımızda hemen kâra geçsin ve hep yükselsin istiyoruz. Ancak verilere baktığımızda al/sat yapanların büyük çoğunluğunun zarar ederek bir süre sonra market dışında kaldığını görüyoruz.',
      'Bunu bilen biri olsaydı zaten trilyon dolarları olurdu. Bugün risk metriği ve DCA (dollar cost averaging: dolar maliyet ortalaması) stratejisine bakacağız.',
      'Basit bir DCA örneğiyle başlayalım:',
      'Son 48 ayda her ay 100 dolarlık Bitcoin veya Ether alsaydık her biri için 4.800 dolar yatırım yapmış olurduk. Bunun sonucunda bugün Bitcoin’de yüzde 187 kâr ile 13.810 dolar ve Ether’de yüzde 232 kâr ile 15.975 dolar değerlerini görmüş olurduk.',
    ],
    expect: [
      o('100 dolarlık', 100),
      o('4.800 dolar', 4800),
      o('13.810 dolar', 13810),
      o('15.975 dolar', 15975),
    ],
  },
];
