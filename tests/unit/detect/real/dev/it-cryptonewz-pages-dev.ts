import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewz.pages.dev/crypto-news-coindesk.com/it/markets/2026/02/05/bitcoin-trades-20-below-its-production-cost-as-miner-stress-intensifies',
    lang: 'it',
    tags: ['cost', 'format', 'label-value'],
    title:
      'La capitolazione dei miner ritorna poiché il prezzo di bitcoin a 70,000$ non copre i costi di produzione pari a 87,000$',
    blocks: [
      'La capitolazione dei miner ritorna poiché il prezzo di bitcoin a 70,000$ non copre i costi di produzione pari a 87,000$',
      {
        text: 'Bitcoin vicino a 70.000$ è circa il 20% sotto il costo medio stimato di produzione di circa 87.000$, tratto tipico di un mercato ribassista.',
        heading: 'Cosa sapere:',
      },
      'Secondo Checkonchain, estrarre un bitcoin costa in media circa 87.000 dollari, mentre il prezzo spot è sceso verso i 70.000 dollari.',
    ],
    expect: [
      p('70,000$', 70000),
      c('87,000$', 87000),
      p('70.000$', 70000),
      c('87.000$', 87000),
      c('87.000 dollari', 87000),
      p('70.000 dollari', 70000),
    ],
  },
];
