import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.csrqoa.com/pt/crypto-wiki/article/did-the-man-who-bought-pizza-for-10-000-bitcoins-keep-his-btc-20251230',
    lang: 'pt',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'No dia 22 de maio de 2010, Laszlo Hanyecz entrou para a história das criptomoedas: foi o primeiro a usar Bitcoin numa compra comercial, ao pagar duas pizzas com 10 000 BTC. Nessa data, o montante valia apenas 41 $.',
      'Mais recentemente, com o Bitcoin entre 96 000 $ e 100 000 $, essas duas pizzas teriam chegado a uns impressionantes 1 mil milhão $, as pizzas mais caras de sempre.',
      'Laszlo nunca disse publicamente se ainda tem Bitcoin. Tal como outros pioneiros, pode ter vendido as moedas quando o Bitcoin chegou a 100 $ ou 1 000 $, julgando que seria o topo.',
    ],
    expect: [
      o('41 $', 41),
      p('96 000 $', 96000),
      p('100 000 $', 100000),
      o('1 mil milhão $', 1e9),
      p('100 $', 100),
      p('1 000 $', 1000),
    ],
  },
  {
    url: 'https://app.csrqoa.com/pt/crypto-wiki/article/the-fascinating-origin-and-importance-of-bitcoin-pizza-day-20251225',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'A compra de 10 000 Bitcoin por Laszlo Hanyecz em 2010 era uma posição muito relevante para a época. Havia cerca de 2 milhões de Bitcoins em circulação, pelo que os 10 000 BTC correspondiam a 0,5 % do total.',
      'Para dar uma ideia, quem hoje detivesse 0,5 % da riqueza mundial controlaria cerca de 2,3 biliões USD — um montante comparável à capitalização bolsista das maiores tecnológicas.',
    ],
    expect: [o('2,3 biliões USD', 2.3e12)],
  },
];
