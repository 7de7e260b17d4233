import { o, p, type RealCase } from '../labels';

const url = 'https://www.kriptofoni.com/bitcoin-icin-50-bin-uyarisi-destek-seviyesine-vurgular-var/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Bitcoin fiyatı bugün yüzde 1’in üzerinde yükselse de uzmanlar temkinli. Analist Ali Martinez, Bitcoin 50 haftalık hareketli ortalamanın (MA) altına inerse 46 bin dolara kadar düşebileceğini söyledi.',
      'Bitcoin 46 Bin Dolara Gerileyebilir mi?',
      'Şu an 50 haftalık MA 75.500 dolar dolaylarında. Bu destek kırılırsa geçmiş verilere göre 46 bin dolara kadar inme ihtimali bulunuyor.',
    ],
    expect: [
      p('46 bin dolara', 46000),
      p('46 Bin Dolara', 46000),
      p('75.500 dolar', 75500),
      p('46 bin dolara', 46000),
    ],
  },
  {
    url,
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      {
        heading: '95 Bin Dolar Güçlü Direnç Noktası',
        text: 'Martinez’e göre en güçlü arz duvarı 95 bin dolar seviyesinde; burada yaklaşık 1.2 milyon yatırımcı 726 bin Bitcoin tutuyor.',
      },
      {
        heading: 'Bitcoin Fiyatında Sırada Ne Var?',
        text: 'Bitcoin gün içinde %1’den fazla artarak 83.165 dolardan işlem gördü. 24 saatlik işlem hacmi %22 azalarak 37.7 milyar dolara indi. BTC gün içinde en düşük 80.635 doları, en yüksek 84.358 doları gördü.',
      },
      {
        heading: 'Bitcoin Fiyatında Sırada Ne Var?',
        text: 'Bazı analistler uzun vadede 118 bin dolara kadar yükseliş ihtimalinden söz ediyor.',
      },
    ],
    expect: [
      p('95 bin dolar', 95000),
      p('83.165 dolardan', 83165),
      o('37.7 milyar dolara', 37.7e9),
      p('80.635 doları', 80635),
      p('84.358 doları', 84358),
      p('118 bin dolara', 118000),
    ],
  },
];
