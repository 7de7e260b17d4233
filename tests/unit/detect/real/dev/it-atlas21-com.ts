import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://atlas21.com/?p=5915',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'ETF spot su Bitcoin: afflussi 10 volte la produzione dei miner',
    blocks: [
      {
        text: "Secondo i dati preliminari, il 12 febbraio gli ETF hanno comprato in tutto 10,280 bitcoin, pari a circa $493,4 milioni. Quel giorno i miner hanno prodotto appena 1,059 bitcoin, circa $51 milioni. Lunedì l'IBIT di BlackRock ha raccolto circa $374,7 milioni e l'FBTC di Fidelity $151,9 milioni, mentre da Grayscale sono usciti circa $95 milioni.",
        heading: 'Le statistiche degli ETF',
      },
    ],
    expect: [
      o('$493,4 milioni', 493.4e6),
      o('$51 milioni', 51e6),
      o('$374,7 milioni', 374.7e6),
      o('$151,9 milioni', 151.9e6),
      o('$95 milioni', 95e6),
    ],
  },
];
