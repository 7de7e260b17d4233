import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/pt/square/post/289364762672162',
    lang: 'pt',
    tags: ['cost', 'forum', 'format'],
    blocks: [
      'Os dados mais recentes de Ki Young Ju, CEO da CryptoQuant, mostram que o custo médio de mineração por Bitcoin chega agora a cerca de 67.700 USD, com base no relatório do terceiro trimestre de 2025 da MARA Holdings.',
      'Gráfico do custo de mineração de Bitcoin cerca de 67.704 USD',
      'O primeiro é o custo de energia. Na MARA, no terceiro trimestre de 2025, manter 1 PH/s por 24 horas custa cerca de 31,3 USD.',
      'A CryptoQuant entende que o “custo de energia adquirida por BTC” divulgado pela empresa (cerca de 39.235 USD/BTC) reflete só a eletricidade, sem os demais custos.',
    ],
    expect: [c('67.700 USD', 67700), c('67.704 USD', 67704), o('31,3 USD', 31.3), c('39.235 USD', 39235)],
  },
];
