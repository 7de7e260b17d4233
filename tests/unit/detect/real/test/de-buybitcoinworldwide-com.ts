import { p, type RealCase } from '../labels';

// German edition of a price-history guide, FAQ blocks: early prices written "0$", "1$" and "0,39$"
// (sign after, comma decimal); all are prices of one bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://www.buybitcoinworldwide.com/de/preis/',
    lang: 'de',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin Kurs Geschichte',
    blocks: [
      'Wie viel war 1 Bitcoin 2009 wert?',
      'Bitcoin wurde 2009 noch an keiner Börse gehandelt, sein erster aufgezeichneter Preis stammt aus 2010. Technisch gesehen war Bitcoin 2009, im ersten Jahr seines Bestehens, 0$ wert!',
      'Wie viel war 1 Bitcoin 2010 wert?',
      'Der Bitcoin-Preis hat 2010 kein einziges Mal 1$ überschritten! Sein höchster Kurs in diesem Jahr lag bei gerade mal 0,39$!',
    ],
    expect: [p('0$', 0), p('1$', 1), p('0,39$', 0.39)],
  },
];
