import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptomeshnews.com/it/aumento-costi-mining-bitcoin-hashrate-prezzi-energia',
    lang: 'it',
    tags: ['cost', 'prose'],
    title:
      'I Costi del Mining di Bitcoin Aumentano a Causa dell’Aumento dell’Hashrate e dei Prezzi dell’Energia',
    blocks: [
      "Il costo medio del mining di Bitcoin è salito nettamente, da $52.000 nel quarto trimestre 2024 a una stima di $70.000 nel secondo trimestre 2025, spinto da hashrate ed energia. Con il Bitcoin ancora intorno ai $107.635 il margine c'è, ma i miner meno efficienti soffrono.",
      {
        text: "Nel primo trimestre il costo medio dell'hashrate della flotta è rimasto stabile a $34 per petahash al secondo (PH/s).",
        heading: 'L’Efficienza Operativa Diventa Cruciale per i Miner',
      },
    ],
    expect: [c('$52.000', 52000), c('$70.000', 70000), p('$107.635', 107635), o('$34', 34)],
  },
];
