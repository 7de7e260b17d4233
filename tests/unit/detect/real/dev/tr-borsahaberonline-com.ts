import { o, p, type RealCase } from '../labels';

// Turkish market brief: Bitcoin levels with the "bin dolar" scale word and a dotted "48.796 dolar"; the second
// paragraph names no coin; Ethereum's price is other.
export const cases: RealCase[] = [
  {
    url: 'https://borsahaberonline.com/bitcoin-ve-ethereum-banka-yorumlarindan-destek-buldu',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin ve Ethereum banka yorumlarından destek buldu',
    blocks: [
      'Hafta sonunda 44 bin doların altını test eden Bitcoin, bu hafta tabandan tepki yükselişi gösterdi ve haftanın ikinci işlem gününde 50 bin dolar düzeyini test etti.',
      'Kripto paralar yalnızca ana akım finans kuruluşlarının ve Wall Street’in değil, düzenleyici kurumların da dikkatini çekiyor.',
      'Citigroup’un raporunda, Bitcoin’in ya uluslararası ticarette tercih edilen para birimi haline geleceği ya da “spekülatif bir çöküş” yaşayacağı belirtildi.',
      'Bitcoin, hafta sonu 43 bin dolara kadar geriledikten sonra bu hafta yüzde 10’dan fazla yükselerek 48.796 dolar civarında seyrediyor.',
      'Ethereum ise Bitcoin’i takip ederek pazar gününden bu yana yüzde 20 civarında yükselişle 1.559 dolar düzeyinde bulunuyor.',
    ],
    expect: [
      p('44 bin doların', 44000),
      p('50 bin dolar', 50000),
      p('43 bin dolara', 43000),
      p('48.796 dolar', 48796),
      o('1.559 dolar', 1559),
    ],
  },
];
