import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.parafobi.com/bitcoin-miner-marathon-digital-813-milyon-dolarlik-iflas-edilen-veri-merkezine-maruz-kalmaktan-etkilenmedi',
    lang: 'tr',
    tags: ['prose', 'format'],
    title:
      'Bitcoin Miner Marathon Digital, 81,3 Milyon Dolarlık İflas Edilen Veri Merkezine Maruz Kalmaktan Etkilenmedi',
    blocks: [
      'Bitcoin Miner Marathon Digital, 81,3 Milyon Dolarlık İflas Edilen Veri Merkezine Maruz Kalmaktan Etkilenmedi',
      'Bitcoin madencisi Marathon Digital, aylık raporunda iflas etmiş Compute North veri merkezinde 81,3 milyon dolarlık bir risk bulunduğunu açıkladı.',
      'Halka açık madencilik şirketi, Compute North’ta dönüştürülebilir tercihli hisse senedine 10 milyon dolar ve teminatsız kıdemli senetlere 21,3 milyon dolar yatırım yapmıştı.',
      'Marathon, Teksas’taki Wolf Hollow ve King Mountain tesislerindeki barındırma hizmetleri için işletim mevduatı olarak Compute North’a yaklaşık 50 milyon dolar ödediğini de ekledi.',
      'Teksas, Nebraska ve Güney Dakota’da tesisleri bulunan Compute North, bu yıl Şubat ayında stratejik finansmanda 385 milyon dolar toplamıştı.',
    ],
    expect: [
      o('81,3 Milyon Dolarlık', 81.3e6),
      o('81,3 milyon dolarlık', 81.3e6),
      o('10 milyon dolar', 10e6),
      o('21,3 milyon dolar', 21.3e6),
      o('50 milyon dolar', 50e6),
      o('385 milyon dolar', 385e6),
    ],
  },
];
