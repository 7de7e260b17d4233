import type { RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.sannioportale.it/articoli/Economia/Repubblica-it/la-bolla-delle-cripto-e-scoppiata-ma-il-rischio-del-contagio-e-basso-4404822.asp',
    lang: 'it',
    tags: ['anaphora', 'format'],
    title: 'La bolla delle cripto è scoppiata ma il rischio del contagio è basso',
    blocks: [
      "Tra novembre e giugno la capitalizzazione di tutto il mondo digitale è scesa da oltre 3.000 a circa 1.000 miliardi; la volatilità è altissima e il Bitcoin ormai vale all'incirca quanto il suo costo di produzione",
    ],
    expect: [],
  },
];
