import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mugla-egitim.com.tr/bitcoin-ne-kadar-dusebilir-yukselis-hangi-tarihte/',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    blocks: [
      {
        heading: 'Bitcoin son haftalarda nasıl performans gösterdi?',
        text: 'Bitcoin FTX’in çöküşüyle sert bir düşüş yaşadı. Son haftalarda fiyat dengelendi ve yeniden 17.000 dolara tırmandı.',
      },
      {
        heading: 'Bitcoin son haftalarda nasıl performans gösterdi?',
        text: 'Son birkaç haftada fiyat yeniden 16.000 dolar seviyesinin üzerinde tutundu ve BTC 16.000 ile 17.000 dolar arasına yerleşti. Yakın zamanda kısa bir süre 17.000 doların üzerine de çıktı; analistlere göre bu, Aralık’ta 20.000 dolara yükselişin habercisi olabilir.',
      },
      {
        heading: 'Ayı piyasası tabanını gördü mü?',
        text: '2023’ün, Bitcoin fiyatının yıl ortasında 3.500 dolardan 10.500 dolara çıktığı 2019’a benzemesi mümkün.',
      },
    ],
    expect: [
      p('17.000 dolara', 17000),
      p('16.000 dolar', 16000),
      p('16.000', 16000),
      p('17.000 dolar', 17000),
      p('17.000 doların', 17000),
      p('20.000 dolara', 20000),
      p('3.500 dolardan', 3500),
      p('10.500 dolara', 10500),
    ],
  },
];
