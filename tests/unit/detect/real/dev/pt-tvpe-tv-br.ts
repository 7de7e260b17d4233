import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tvpe.tv.br/bitcoin-ucrania-tem-mineracao/',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin: Ucrânia tem uma das minerações mais baratas da Europa',
    blocks: [
      'Enquanto Alemanha e Itália pagam até US$ 270 mil por BTC, Etiópia surpreende com custo 95% menor. Mas há riscos.',
      'Kiev, Ucrânia – o halving do Bitcoin não só cortou pela metade a recompensa dos mineradores, como escancarou uma disparidade global: o custo para produzir a mesma moeda varia em até 15.000% entre países. A Ucrânia surge como um dos locais mais baratos da Europa, com um custo médio de US42 mil por BTC, cinco vezes menos que nos Estados Unidos (US 107 mil) e uma fração do valor gasto na Itália (US$ 306 mil).',
      {
        text: 'A mineração barata esconde armadilhas. Na Etiópia, o governo controla rigidamente o setor elétrico e os apagões são frequentes. Em Cuba e no Sudão (US$ 4 mil/BTC), a instabilidade política e a falta de infraestrutura tornam a operação inviável em escala.',
        heading: 'Onde a conta não fecha',
      },
      'Ranking completo (custo por 1 BTC):',
      '- Etiópia — US$ 2.000',
      '- Sudão — US$ 3.800',
      '- Cuba — US$ 3.900',
      '- Ucrânia — US$ 42.000',
    ],
    expect: [
      c('US$ 270 mil', 270000),
      c('US42 mil', 42000),
      c('US 107 mil', 107000),
      c('US$ 306 mil', 306000),
      c('US$ 4 mil', 4000),
      c('US$ 2.000', 2000),
      c('US$ 3.800', 3800),
      c('US$ 3.900', 3900),
      c('US$ 42.000', 42000),
    ],
  },
];
