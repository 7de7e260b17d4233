import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://moneynaweb.com/queda-do-bitcoin-liquida-us-646-milhoes-em-posicoes-alavancadas',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'Uma queda acentuada nos preços das criptomoedas na abertura do mercado asiático, nesta segunda-feira, forçou a liquidação de mais de US$ 646 milhões em posições alavancadas. O movimento extinguiu apostas principalmente de traders que esperavam alta (longs), que representaram quase 90% do total.',
      'Dados da Coinglass mostram que as exchanges Binance, Hyperliquid e Bybit registraram mais de US$ 160 milhões em liquidações cada. A maior ordem liquidada foi um contrato de ETH-USDC no valor de US$ 14,48 milhões na Binance.',
      'O bitcoin caiu mais de 5%, para cerca de US$ 86 mil, e o ether recuou mais de 6%, ficando próximo a US$ 2.815. Altcoins como Solana e Dogecoin também tiveram perdas significativas.',
    ],
    expect: [
      o('US$ 646 milhões', 646e6),
      o('US$ 160 milhões', 160e6),
      o('US$ 14,48 milhões', 14.48e6),
      p('US$ 86 mil', 86000),
      o('US$ 2.815', 2815),
    ],
  },
];
