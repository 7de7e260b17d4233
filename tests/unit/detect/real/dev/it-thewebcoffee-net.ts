import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thewebcoffee.net/2020/01/14/principali-criptovalute-valore-mercato',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Le principali criptovalute per valore di mercato',
    blocks: [
      {
        text: 'Da diversi anni il podio è immutato. Al momento in cui scriviamo (10 gennaio 2020) Bitcoin è il leader con una capitalizzazione di circa 146,7 miliardi di dollari e un volume di scambio giornaliero di 29 miliardi di dollari.',
        heading: 'Il podio: Bitcoin, Ethereum e XRP',
      },
      'Al secondo posto c’è Ethereum, il cui valore di mercato si ferma a “soli” 15,6 miliardi di dollari: tutti gli ETH in circolazione valgono un decimo dei BTC.',
      'Gradino più basso del podio per XRP, il token di Ripple, con un valore di mercato di circa 9,1 miliardi di dollari e un volume di circa 1,6 miliardi di dollari secondo CoinMarketCap, dietro ai 9,4 miliardi di dollari di Ethereum.',
      {
        text: 'Al quarto posto troviamo Bitcoin Cash, con 4,8 miliardi di dollari di capitalizzazione, davanti a Tether con 4,6 miliardi di dollari e Litecoin con 3 miliardi di dollari. Al settimo posto c’è Bitcoin SV con 2,9 miliardi di dollari, seguito da EOS con 2,8 miliardi di dollari.',
        heading: 'Il resto della top ten',
      },
    ],
    expect: [
      o('146,7 miliardi di dollari', 146.7e9),
      o('29 miliardi di dollari', 29e9),
      o('15,6 miliardi di dollari', 15.6e9),
      o('9,1 miliardi di dollari', 9.1e9),
      o('1,6 miliardi di dollari', 1.6e9),
      o('9,4 miliardi di dollari', 9.4e9),
      o('4,8 miliardi di dollari', 4.8e9),
      o('4,6 miliardi di dollari', 4.6e9),
      o('3 miliardi di dollari', 3e9),
      o('2,9 miliardi di dollari', 2.9e9),
      o('2,8 miliardi di dollari', 2.8e9),
    ],
  },
];
