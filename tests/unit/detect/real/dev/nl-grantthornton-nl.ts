import { o, p, type RealCase } from '../labels';

const url =
  'https://www.grantthornton.nl/insights/themas/box-3/houdt-de-belastingdienst-rekening-met-mijn-bitcoin-koersverlies/';
const title = 'Houdt de belastingdienst rekening met mijn bitcoin koersverlies?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Uw bitcoin wordt belast op peildatum 1 januari 2018',
      'Ruim een jaar later is het beeld totaal anders. Op dit moment koerst de bitcoin rond de 3.500 euro. Op 1 januari 2018 was dat nog een goede 11.000 euro. Voor de aangifte over 2018 telt alleen de waarde van uw bezittingen op die ene peildatum.',
    ],
    expect: [p('3.500 euro', 3500, 'EUR'), p('11.000 euro', 11000, 'EUR')],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose'],
    title,
    blocks: [
      'Uw bitcoinbezit wordt dus belast tegen de koers per 1 januari 2018, ongeveer 11.000 euro per één bitcoin. Dat u daarna een koersverlies van bijna 70 procent leed, verandert daar niets aan.',
    ],
    expect: [p('11.000 euro', 11000, 'EUR')],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Een cijfervoorbeeld:',
      'Jesse is alleenstaand en heeft al jaren 120.000 euro spaargeld op de bank. In de zomer van 2017 erft hij bovendien 130.000 euro. In het najaar slaat de FOMO toe en koopt hij met het geld van de erfenis 10 bitcoins tegen een koers van 13.000 euro.',
    ],
    expect: [
      o('120.000 euro', 120000, 'EUR'),
      o('130.000 euro', 130000, 'EUR'),
      p('13.000 euro', 13000, 'EUR'),
    ],
  },
  {
    url,
    lang: 'nl',
    tags: ['prose', 'change'],
    title,
    blocks: [
      '30.000 euro virtuele winst',
      'Jesse is in zijn nopjes als bitcoin doorstijgt naar een koers van 16.000 euro. In korte tijd staat er een virtuele winst van 30.000 euro op de teller. Verkopen doet hij niet, want hij rekent op een verdere stijging.',
    ],
    expect: [o('30.000 euro', 30000, 'EUR'), p('16.000 euro', 16000, 'EUR'), o('30.000 euro', 30000, 'EUR')],
  },
];
