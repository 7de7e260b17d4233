import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.hdmune.cn/it/news/detail/12560605192986',
    lang: 'it',
    tags: ['cost', 'format'],
    title: "I miner di Bitcoin raggiungono la 'fase di resa'",
    blocks: [
      'BlockBeats News, 11 febbraio: il mining di Bitcoin attraversa una fase dura, con il ricavo per unità di hashrate sceso al minimo storico di circa $35/PH. Il prezzo di Bitcoin ha perso oltre il 50% dal massimo di $126,000 di ottobre 2025 e si aggira ora sui $60,000.',
      'In questo quadro, produrre per intero un Bitcoin costa in media alla rete circa $87,000, circa il 45% sopra il prezzo di mercato.',
    ],
    expect: [o('$35/PH', 35), p('$126,000', 126000), p('$60,000', 60000), c('$87,000', 87000)],
  },
];
