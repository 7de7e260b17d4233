import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gazetepencere.com/ekonomi/abdnin-bitcoin-karari-piyasalari-sarsti-93-bin-dolara-kadar-geriledi-646687h',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'ABD’nin Bitcoin kararı piyasaları sarstı! 93 bin dolara kadar geriledi',
    blocks: [
      'ABD’nin Bitcoin kararı piyasaları sarstı! 93 bin dolara kadar geriledi',
      'ABD hükümetinin elindeki yüklü miktardaki Bitcoin’i satma planı kripto para piyasalarında büyük dalgalanmalara yol açtı. Fiyat 93 bin dolara kadar geriledi.',
      'ABD Adalet Bakanlığı’nın Silk Road operasyonunda ele geçirilen 69.370 Bitcoin’i (yaklaşık 6,5 milyar dolar değerinde) satmasına yönelik mahkeme kararı piyasalarda büyük yankı uyandırdı.',
    ],
    expect: [p('93 bin dolara', 93000), p('93 bin dolara', 93000), o('6,5 milyar dolar', 6.5e9)],
  },
];
