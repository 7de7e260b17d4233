import { p, type RealCase } from '../labels';

// Brazilian write-up of a poll on X ("bitcoiners divididos"): the two poll answers as "US$ 94.000" / "US$ 114.000",
// repeated as thresholds, then the spot level, the old record and round levels, Brazilian grouping throughout.
export const cases: RealCase[] = [
  {
    url: 'https://www.noticiadamanha.com.br/2025/06/20/noticias/bitcoiners-divididos-preco-futuro-entre-94k-e-114k/',
    lang: 'pt',
    tags: ['forum', 'prose', 'anaphora'],
    blocks: [
      'Uma enquete recente na plataforma X mostrou que a comunidade cripto está dividida sobre o futuro do Bitcoin. A pergunta era se a moeda vai alcançar US$ 114.000 ou voltar para a faixa de US$ 94.000. Mais de 1.300 pessoas votaram e o resultado saiu quase empatado: 50,2% acham que o Bitcoin cairá para US$ 94.000, enquanto 49,8% esperam que ele suba para US$ 114.000.',
      'Hoje o Bitcoin está cotado a cerca de US$ 104.522. Uma queda para US$ 94.000 seria uma desvalorização de uns 10%, enquanto uma alta para US$ 114.000 significaria cerca de 9% e um novo recorde, acima do patamar de US$ 111.940 de 22 de maio. O Bitcoin não via US$ 94.000 desde 6 de maio, antes de voltar para cima de US$ 100.000 em 8 de maio.',
      'Em 11 de junho o Bitcoin chegou a recuperar brevemente os US$ 110.000, mas as tensões geopolíticas derrubaram o preço para US$ 103.000.',
    ],
    expect: [
      p('US$ 114.000', 114000),
      p('US$ 94.000', 94000),
      p('US$ 94.000', 94000),
      p('US$ 114.000', 114000),
      p('US$ 104.522', 104522),
      p('US$ 94.000', 94000),
      p('US$ 114.000', 114000),
      p('US$ 111.940', 111940),
      p('US$ 94.000', 94000),
      p('US$ 100.000', 100000),
      p('US$ 110.000', 110000),
      p('US$ 103.000', 103000),
    ],
  },
];
