import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hisse.net/haber/kriptoda-imkansiz-basari-iki-yalniz-kurt-ayni-haftada-600-bin-dolarlik-bitcoin-hazinesi-buldu-50149',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Kriptoda İmkansız Başarı: İki Yalnız Kurt Aynı Haftada 600 Bin Dolarlık Bitcoin Hazinesi Buldu',
    blocks: [
      'Kriptoda İmkansız Başarı: İki Yalnız Kurt Aynı Haftada 600 Bin Dolarlık Bitcoin Hazinesi Buldu',
      'Bitcoin dünyasında "piyango vurması" olarak adlandırılan olay bir hafta içinde iki kez yaşandı. Genellikle dev maden havuzlarının kazandığı blok ödülleri bu kez evinden işlem yapan iki bireysel madenciye gitti.',
      {
        heading: 'Ödülün Boyutu Dudak Uçuklatıyor',
        text: '2024 yılındaki yarılanma (halving) sonrası Bitcoin blok ödülü 3,125 BTC’ye düşmüştü. Ancak Bitcoin fiyatının 95.000 - 100.000 dolar bandında seyrettiği bu dönemde her bir madenci yaklaşık 300 bin dolarlık (işlem ücretleri dahil) bir serveti tek bir saniyede cüzdanına indirdi.',
      },
    ],
    expect: [
      o('600 Bin Dolarlık', 600000),
      p('95.000', 95000),
      p('100.000 dolar', 100000),
      o('300 bin dolarlık', 300000),
    ],
  },
];
