import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.minimining.se/rakna-ut-lonsamhet-pa-mining/',
    lang: 'sv',
    tags: ['prose', 'format'],
    title: 'Räkna ut lönsamhet på mining',
    blocks: [
      {
        heading: 'Inköpskostnad och förväntad livslängd',
        text: 'Köper du en miningrigg för 20 000 kronor och räknar med att den håller i fem år blir det en årlig kostnad på 4 000 kronor för utrustningen. Den bör alltså finnas med i budgeten.',
      },
      {
        heading: 'Elpriset!!',
        text: 'Ett av bolagen som minar bitcoin i Sverige ligger i Boden. Enligt en artikel i Aftonbladet gör företaget av med ”288 megawattimmar per dygn”. En megawattimme är 1000 kWh, så företaget behöver alltså 288 000 kWh! Går elpriset från 1 krona till 2 kronor per kWh blir det närmare 300 000 kronor dyrare – per dygn.',
      },
      {
        heading: 'Bitcoinpriset',
        text: 'Inköpskostnad, riggarnas livslängd, hashkraft och delvis elpris går att räkna på. Att kalkylera med ett bestämt bitcoinpris är betydligt svårare.',
      },
    ],
    expect: [
      o('20 000 kronor', 20000, 'SEK'),
      o('4 000 kronor', 4000, 'SEK'),
      o('1 krona', 1, 'SEK'),
      o('2 kronor', 2, 'SEK'),
      o('300 000 kronor', 300000, 'SEK'),
    ],
  },
];
