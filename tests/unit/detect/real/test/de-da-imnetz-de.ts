import { p, type RealCase } from '../labels';

// German regional news portal (2018) on bullish forecasts: "Dollar-Marke" compounds with a euro conversion in
// parentheses ("(etwa 16.000 Euro)"), and a heading that carries a level.
export const cases: RealCase[] = [
  {
    url: 'https://www.da-imnetz.de/leben/geld/krypto-experte-sagt-voraus-wird-bitcoin-50000-dollar-knacken-zr-9607759.html?cmp=defrss',
    lang: 'de',
    tags: ['prose', 'format'],
    blocks: [
      'Der 19-jährige Bitcoin-Millionär Erik Finman hält Bitcoin trotz aller Makel für die sicherste Kryptowährung. Dass der Kurs gerade unter die 8.000 Dollar-Marke gefallen ist, weiß er – er verfolgt den Markt genau.',
      'Bitcoin-Anhänger glauben: Der Kurs wird die 20.000 Dollar-Marke knacken',
      'Viele Anhänger erwarten, dass Bitcoin 2018 das Allzeithoch vom Dezember 2017 übertrifft. Damals bewegte sich die Währung bereits auf die 20.000 Dollar-Marke (etwa 16.000 Euro) zu, bevor der Kurs einbrach.',
      'Ein Manager der Krypto-Börse Gatecoin geht noch weiter: Bis Dezember 2018 soll Bitcoin die 50.000 Dollar-Marke (etwa 41.000 Euro) knacken, sagte er dem US-Sender CNBC.',
    ],
    expect: [
      p('8.000 Dollar', 8000),
      p('20.000 Dollar', 20000),
      p('20.000 Dollar', 20000),
      p('16.000 Euro', 16000, 'EUR'),
      p('50.000 Dollar', 50000),
      p('41.000 Euro', 41000, 'EUR'),
    ],
  },
];
