import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.autoweek.nl/autonieuws/artikel/tesla-investeert-in-bitcoin-koers-schiet-omhoog/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Tesla investeert in Bitcoin, koers schiet omhoog',
    blocks: [
      'Tesla-topman Elon Musk begon de week door zijn volgers op Twitter te vragen of Bitcoin het betaalmiddel van de toekomst is. Daarop werd overweldigend positief gereageerd en vervolgens maakte Tesla in een officiële verklaring bekend dat het fors geld steekt in Bitcoin.',
      "Het heeft voor 1,5 miljard dollar aan Bitcoin gekocht. Als gevolg daarvan is de waarde van Bitcoin direct met zo'n 10 procent gestegen, naar bijna 43.000 dollar (€ 35.750) per Bitcoin. De hoogste stand ooit.",
    ],
    expect: [o('1,5 miljard dollar', 1.5e9), p('43.000 dollar', 43000), p('€ 35.750', 35750, 'EUR')],
  },
];
