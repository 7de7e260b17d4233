import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.nrc.nl/nieuws/2021/10/19/mijlpaal-cryptovaluta-bitcoin-op-wall-street-a4062370',
    lang: 'nl',
    tags: ['prose', 'anaphora'],
    title: 'Mijlpaal voor cryptovaluta: bitcoin op Wall Street',
    blocks: [
      'Het nieuws duwde de koers omhoog, een stijging die in september al was begonnen. Donderdag klom de waarde van de bitcoin naar 62.991 dollar, dicht bij de recordhoogte van 64.895 dollar in april. In de maanden daarna ging het minder en was de cryptomunt korte tijd zelfs de helft van zijn waarde kwijt.',
    ],
    expect: [p('62.991 dollar', 62991), p('64.895 dollar', 64895)],
  },
  {
    url: 'https://www.nrc.nl/nieuws/2017/12/28/moet-je-bitcoinwinst-op-de-jaaraangifte-a1586447',
    lang: 'nl',
    tags: ['format'],
    title: 'Moet je bitcoinwinst op de jaaraangifte?',
    blocks: [
      'Wie in 2017 cryptovaluta bezit, geeft bij de aangifte de waarde op 1 januari 2017 op in box 3. Waren je bitcoins op 1 januari 2017 bijvoorbeeld 15.000 euro waard, dan geldt die waarde voor de berekening. Voor de komende aangifte is het heffingsvrij vermogen 25.000 euro per persoon.',
    ],
    expect: [o('15.000 euro', 15000, 'EUR'), o('25.000 euro', 25000, 'EUR')],
  },
];
