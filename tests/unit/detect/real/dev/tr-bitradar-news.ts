import { p, type RealCase } from '../labels';

// Turkish chatty explainer: 2017 peak and crash of one Bitcoin in "bin dolar".
export const cases: RealCase[] = [
  {
    url: 'https://bitradar.news/2025/03/16/bitcoin-nedir/',
    lang: 'tr',
    tags: ['prose'],
    blocks: [
      {
        text: '2010’da Laszlo diye bir abimiz, “Açım” dedi ve 10.000 Bitcoin’e iki pizza kaptı. O gün birkaç kuruşluk pizzalar, şimdi milyon dolarlık bir masal oldu.',
        heading: 'Pizzadan Milyonlara: Bitcoin’in Hikayesi',
      },
      {
        text: 'Bitcoin’in fiyatı tam bir lunapark! Mesela, 2017’de 1 Bitcoin 20 bin dolara fırladı, sonra hoop 3 bin dolara düştü. Niye? Çünkü insanlar “Ya bu çok değerlenir!” diye koşturuyor, sonra panikleyip satıyor.',
        heading: 'Değeri Niye Bu Kadar Zıplıyor?',
      },
    ],
    expect: [p('20 bin dolara', 20000), p('3 bin dolara', 3000)],
  },
];
