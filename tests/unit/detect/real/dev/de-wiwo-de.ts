import { o, p, type RealCase } from '../labels';

// First-person column: a per-coin price in words in the headline, then totals (purchase, today's worth, the pizzas).
export const cases: RealCase[] = [
  {
    url: 'http://www.wiwo.de/finanzen/boerse/kryptowaehrung-wie-ich-20-bitcoins-a-drei-euro-kaufte/20748144.html',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Kryptowährung: Wie ich 20 Bitcoins à drei Euro kaufte',
    blocks: [
      'Wie ich 20 Bitcoins à drei Euro kaufte',
      'Immer, wenn ich Meldungen über neue Rekorde der Kryptowährung lese, werde ich etwas wehmütig. Ich denke dann an das Einfamilienhaus am Stadtrand oder an den Bentley, den ich nun fahren könnte. Der Grund: Ich war beim Bitcoin-Hype außergewöhnlich früh dabei.',
      'Im Februar 2012 habe ich insgesamt 20 Bitcoins für umgerechnet 60 Euro gekauft. Heute entspricht das beim aktuellen Bitcoin-Kurs dem Gegenwert von rund neun Kilogramm purem Gold oder mehr als 300.000 Euro. Doch meine Wasserhähne sind weiterhin aus Edelstahl.',
      'So feiert die Bitcoin-Community jedes Jahr am 22. Mai den „Bitcoin Pizza Day“. An diesem Tag im Jahr 2010 bezahlte der Programmierer Laszlo Hanyecz ganze 10.000 Bitcoin für zwei Pizzen. Heute, siebeneinhalb Jahre später, wären diese Bitcoins mehr als 188 Millionen US-Dollar wert.',
    ],
    expect: [
      p('drei Euro', 3, 'EUR'),
      o('60 Euro', 60, 'EUR'),
      o('300.000 Euro', 300000, 'EUR'),
      o('188 Millionen US-Dollar', 188e6),
    ],
  },
];
