import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://generallink.top/it/square/post/33300745288818',
    lang: 'it',
    tags: ['cost', 'forum', 'format'],
    blocks: [
      'Nel 2025 il costo medio di produzione del Bitcoin per i miner si aggira sui $82,400 per BTC, spinto da halving, elettricità più cara e hashrate in crescita. Il prezzo attuale è intorno ai $92,000 USD al 5 dicembre 2025.',
      {
        text: "La media ponderata arriva a $82,400, +105% rispetto ai circa $40,200 di prima dell'halving 2024. Negli Stati Uniti, con il 37,84% dell'hashrate mondiale, il costo medio sale a $89,600 per BTC. Nel secondo trimestre 2025 i costi mediani erano stimati a $70,000.",
        heading: 'Ripartizione dei costi di produzione',
      },
      {
        text: 'Il Bitcoin passa di mano a circa 92.156 dollari USA, poco sotto i massimi recenti intorno ai 94.000 dollari. Le previsioni indicano una possibile stabilità tra 91.000-93.000 dollari fino a dicembre.',
        heading: 'Prezzo attuale del BTC',
      },
    ],
    expect: [
      c('$82,400', 82400),
      p('$92,000 USD', 92000),
      c('$82,400', 82400),
      c('$40,200', 40200),
      c('$89,600', 89600),
      c('$70,000', 70000),
      p('92.156 dollari USA', 92156),
      p('94.000 dollari', 94000),
      p('91.000', 91000),
      p('93.000 dollari', 93000),
    ],
  },
];
