import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinkolik.com/bitcoin-madencilik-gelirleri-son-10-ayin-en-yuksek-seviyelerinde',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin madencilik gelirleri son 10 ayın en yüksek seviyelerinde',
    blocks: [
      'Blockchain.com verilerine göre Bitcoin madencilik gelirleri 22 Mayıs’ta 17,8 milyon dolara çıkarak son 10 ayın zirvesini gördü.',
      {
        heading: 'Bitcoin Madencilerinin Zorlu Mücadelesi',
        text: 'Geçen Kasım’daki Bitcoin Cash hard fork’unun ardından Bitcoin (BTC) 3.100 dolara kadar gerilemiş, madencilik gelirleri de 4.7 milyon dolara düşmüştü.',
      },
    ],
    expect: [o('17,8 milyon dolara', 17.8e6), p('3.100 dolara', 3100), o('4.7 milyon dolara', 4.7e6)],
  },
];

cases.push({
  url: 'https://coinkolik.com/bitcoin-madencileri-potansiyel-dip-seviyeyi-mi-isaret-ediyor',
  lang: 'tr',
  tags: ['prose', 'anaphora'],
  blocks: [
    'CryptoQuant analistleri, halving sonrası marjlar daralırken ve BTC 50 bin dolar seviyesine yaklaşırken Bitcoin madencilerinin kapitülasyon belirtileri gösterdiğini öne sürdü.',
    'Analistlere göre BTC’nin 68.791 dolardan 59.603 dolara gerilediği dönemde pek çok kapitülasyon işareti belirdi.',
    'Raporda, madencilerin toplam günlük gelirinin 6 Mart’taki 79 milyon dolardan şu anda 29 milyon dolara indiği belirtildi.',
  ],
  expect: [
    p('50 bin dolar', 50000),
    p('68.791 dolardan', 68791),
    p('59.603 dolara', 59603),
    o('79 milyon dolardan', 79e6),
    o('29 milyon dolara', 29e6),
  ],
});
