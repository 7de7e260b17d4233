import { c, type RealCase } from '../labels';

// Cost of home-mining one coin, "per token" at the end of the sentence.
export const cases: RealCase[] = [
  {
    url: 'https://spikestocks.com/news/mining-bitcoin-italia',
    lang: 'it',
    tags: ['cost', 'prose'],
    title: 'Mining di Bitcoin in Italia: i costi energetici sono i più elevati al mondo',
    blocks: [
      'Mining di Bitcoin in Italia: i costi energetici sono i più elevati al mondo',
      "Secondo un recente report di Coingecko, l'Italia detiene il primato di Paese con i costi energetici più elevati per il mining di Bitcoin: oltre 200.000 dollari per generare un solo BTC.",
      {
        heading: 'Mining Bitcoin: prezzi da record',
        text: "Secondo lo studio di Coingecko, l'Italia risulta il Paese con i costi energetici più elevati per il mining di Bitcoin, con una spesa di 208.560 dollari per token.",
      },
    ],
    expect: [c('200.000 dollari', 200000), c('208.560 dollari per token', 208560)],
  },
];
