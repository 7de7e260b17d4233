import { o, p, type RealCase } from '../labels';

// Portuguese business site: "57 mil dólares" levels, an odd all-dots price "57.517.26 dólares", and
// market caps written in full with dots (Bitcoin's and Ethereum's) plus Ether's price as negatives.
export const cases: RealCase[] = [
  {
    url: 'https://executivedigest.sapo.pt/noticias/bitcoin-supera-barreira-de-resistencia-dos-67-mil-dolares-pela-primeira-vez-desde-maio-analistas-temem-criptoqueen-escorregue',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'Bitcoin supera barreira de resistência dos 57 mil dólares pela primeira vez desde maio. Analistas temem que “criptoqueen” escorregue',
    blocks: [
      'Bitcoin supera barreira de resistência dos 57 mil dólares pela primeira vez desde maio. Analistas temem que “criptoqueen” escorregue',
      'A Bitcoin passou acima da faixa dos 57 mil dólares pela primeira vez desde maio, o que alimenta a especulação de que a maior criptomoeda do mundo possa voltar ao pico dos 60 mil dólares, como em março.',
      'Nas últimas 24 horas a “criptoqueen” valorizou 3,87%. Às 16h16 de Lisboa, a Bitcoin chegou aos 57.517.26 dólares norte-americanos, com uma capitalização de mercado de 1.083.672.660.420 dólares, segundo a Coin Market Cap.',
      'À mesma hora a Ethereum estava nos 3.600,37 dólares, com uma capitalização de mercado de 424.425.994.617 dólares.',
      'Para o painel de análise da Bloomberg, os 60 mil dólares são o nível de resistência; se o criptoativo passar a barreira dos 70 mil dólares, as opiniões dividem-se. A Bloomberg Intelligence avisa que uma subida “rápida” para lá dos 70 mil dólares pode ser arriscada.',
    ],
    expect: [
      p('57 mil dólares', 57000),
      p('57 mil dólares', 57000),
      p('60 mil dólares', 60000),
      p('57.517.26 dólares', 57517.26),
      o('1.083.672.660.420 dólares', 1083672660420),
      o('3.600,37 dólares', 3600.37),
      o('424.425.994.617 dólares', 424425994617),
      p('60 mil dólares', 60000),
      p('70 mil dólares', 70000),
      p('70 mil dólares', 70000),
    ],
  },
];
