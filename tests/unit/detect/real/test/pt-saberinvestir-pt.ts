import { o, p, type RealCase } from '../labels';

// Portuguese (PT) finance site: "84 mil dólares" in the headline, a dotted level in the body, then
// Ethereum's price and a liquidation total as negatives.
export const cases: RealCase[] = [
  {
    url: 'https://www.saberinvestir.pt/noticias/bitcoin-cai-abaixo-dos-84-mil-dolares-com-receios-sobre-gastos-em-ia',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Bitcoin cai abaixo dos 84 mil dólares com receios sobre gastos em IA',
    blocks: [
      'Bitcoin cai abaixo dos 84 mil dólares com receios sobre gastos em IA',
      'O Bitcoin caiu com força na quinta-feira e chegou aos 83.757 dólares, numa onda de vendas em todo o mercado cripto. Em 24 horas a maior criptomoeda perdeu mais de 6%, segundo a CoinGecko.',
      'O Ethereum seguiu a mesma tendência, recuando mais de 7% para perto dos 2.792 dólares, e XRP e Solana também desceram.',
      'A volatilidade provocou a liquidação de 822,4 milhões de dólares em posições de futuros nas últimas 24 horas, na sua maioria apostas em alta.',
    ],
    expect: [
      p('84 mil dólares', 84000),
      p('83.757 dólares', 83757),
      o('2.792 dólares', 2792),
      o('822,4 milhões de dólares', 822.4e6),
    ],
  },
];
