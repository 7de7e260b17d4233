import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://support.bitvavo.com/hc/de/articles/4405175148689-Wie-hoch-ist-die-Handelsgeb%C3%BChr-wenn-ich-Kryptow%C3%A4hrungen-kaufe-oder-verkaufe-',
    lang: 'de',
    tags: ['format', 'label-value'],
    title: 'Wie hoch ist die Handelsgebühr, wenn ich Kryptowährungen kaufe oder verkaufe?',
    blocks: [
      {
        heading: 'Beispiel Handelsgebühr',
        text: 'Angenommen, Sie verkaufen Bitcoin im Wert von 1000 € und zahlen die maximale (Taker-)Gebühr von 0,25%. 1000 € * 0,25% = 2,50 € Handelsgebühren – Sie erhalten also 997,50 €.',
      },
    ],
    expect: [
      o('1000 €', 1000, 'EUR'),
      o('1000 €', 1000, 'EUR'),
      o('2,50 €', 2.5, 'EUR'),
      o('997,50 €', 997.5, 'EUR'),
    ],
  },
];
