import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bd.nl/tech/aanklagers-willen-honderden-miljoenen-van-ftx-oprichter-afpakken~a322a55e/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Aanklagers willen honderden miljoenen van FTX-oprichter afpakken',
    blocks: [
      'FTX, een digitale beurs waar consumenten in cryptogeld konden handelen, werd in november failliet verklaard. Het kwam in de problemen toen cryptokoersen kelderden en er massaal geld werd opgenomen. Miljarden van klanten bleken plots verdwenen.',
      'Het bedrag dat de Amerikaanse autoriteiten nu aan bezittingen van de FTX-oprichter willen afpakken, is meer dan 700 miljoen dollar, omgerekend ruim 644 miljoen euro: een mix van aandelen, contant geld en cryptomunten. Het gaat onder meer om aandelen in beleggingsapp Robinhood Markets, volgens de slotkoers van vrijdag 526 miljoen dollar waard.',
      'Daarnaast heeft de aanklager zijn oog laten vallen op de meer dan 171 miljoen dollar op rekeningen op naam van FTX Digital Markets.',
      {
        text: 'De 30-jarige Bankman-Fried werd vorige maand op de Bahama’s gearresteerd en uitgeleverd aan de Verenigde Staten. Daar kwam hij vrij tegen een borgsom van maar liefst 250 miljoen dollar.',
        heading: 'Borgsom',
      },
    ],
    expect: [
      o('700 miljoen dollar', 700e6),
      o('644 miljoen euro', 644e6, 'EUR'),
      o('526 miljoen dollar', 526e6),
      o('171 miljoen dollar', 171e6),
      o('250 miljoen dollar', 250e6),
    ],
  },
];
