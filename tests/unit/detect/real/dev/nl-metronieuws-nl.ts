import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.metronieuws.nl/geld-carriere/2022/02/gelddief-jaagt-ook-op-bitcoins-grootste-inbeslagname-ooit/',
    lang: 'nl',
    tags: ['prose', 'format'],
    title: 'Gelddief jaagt meer op bitcoins, grootste financiële inbeslagname ooit',
    blocks: [
      'Gelddieven zijn niet langer alleen uit op contant geld: steeds vaker zien ze ook in bitcoins een mooie buit. Naast de zakkenroller, de bankovervaller en de plofkraker is er nu ook de bitcoin-dief. Dat bleek gisteren opnieuw in de Verenigde Staten.',
      'Het Amerikaanse ministerie van Justitie heeft voor ruim 3,6 miljard dollar, omgerekend 3,1 miljard euro, aan gestolen bitcoins in beslag genomen: de grootste financiële inbeslagname uit de geschiedenis. Een echtpaar uit New York werd opgepakt op verdenking van het witwassen van de bijna 120.000 gestolen bitcoins. Volgens Justitie is de waarde van de cryptomunten nu ongeveer 4,5 miljard euro.',
      {
        heading: '94.000 bitcoins veiliggesteld',
        text: 'De digitale munten werden in 2016 gestolen bij een hack van het handelsplatform Bitfinex. Bij die hack werden 119.754 bitcoins buitgemaakt, waarvan Justitie er meer dan 94.000 veilig heeft weten te stellen.',
      },
    ],
    expect: [
      o('3,6 miljard dollar', 3.6e9),
      o('3,1 miljard euro', 3.1e9, 'EUR'),
      o('4,5 miljard euro', 4.5e9, 'EUR'),
    ],
  },
];
