import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://exame.com/future-of-money/e-possivel-lucrar-com-mineracao-de-bitcoin-em-casa/',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Segundo o levantamento, a Itália tem o maior gasto: seriam necessários US$ 208 mil para minerar apenas 1 bitcoin. O país com melhor custo-benefício é o Líbano, onde bastaria o equivalente a US$ 260 em eletricidade.',
      'O Brasil fica no meio do caminho. Um brasileiro que quisesse virar minerador independente precisaria gastar US$ 45 mil para minerar 1 bitcoin, cerca de R$ 218 mil na cotação atual. Só que ficaria no prejuízo: hoje o bitcoin está cotado em US$ 27 mil, ou R$ 131 mil.',
      'Alguns vizinhos estão em situação melhor: o custo no Paraguai é de US$ 14 mil, e na Argentina, de US$ 9 mil. No Uruguai seria de US$ 67 mil, e no Peru, de US$ 65 mil. Nos Estados Unidos, o custo é de US$ 46 mil.',
    ],
    expect: [
      c('US$ 208 mil', 208000),
      c('US$ 260', 260),
      c('US$ 45 mil', 45000),
      c('R$ 218 mil', 218000, 'BRL'),
      p('US$ 27 mil', 27000),
      p('R$ 131 mil', 131000, 'BRL'),
      c('US$ 14 mil', 14000),
      c('US$ 9 mil', 9000),
      c('US$ 67 mil', 67000),
      c('US$ 65 mil', 65000),
      c('US$ 46 mil', 46000),
    ],
  },
];
