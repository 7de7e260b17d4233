import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitonic.nl/nl/faq/75/hoe-is-de-bits-prijs-opgebouwd-en-wat-zijn-de-fees',
    lang: 'nl',
    tags: ['prose'],
    title: 'Hoe is de Bits prijs opgebouwd en wat zijn de fees?',
    blocks: [
      'Hoe is de Bits prijs opgebouwd en wat zijn de fees?',
      'Marktprijs: dit is de prijs die wij betaald hebben bij het aankopen van bitcoin op de open markt.',
      'Wisselkoers: dit is de effectieve prijs die u voor uw bitcoin heeft betaald, met alle fees al inbegrepen. Zie de voorbeelden hieronder voor de invloed van de fees op de uiteindelijke wisselkoers.',
      'Voorbeeld 1: Een order van 100 euro',
      'Voor een order van 100 euro betaalt u relatief minder fee, door de vaste kosten van de SEPA-transactie.',
    ],
    expect: [o('100 euro', 100, 'EUR'), o('100 euro', 100, 'EUR')],
  },
];
