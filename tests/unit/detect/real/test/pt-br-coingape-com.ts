import { p, type RealCase } from '../labels';

// Brazilian edition of a crypto news site: "US$40,000"/"US$32.500" levels with mixed separators and
// no space, and a label-value block ("Taxa Spot: US$37.100"); the relative change has no currency.
export const cases: RealCase[] = [
  {
    url: 'https://br.coingape.com/preco-bitcoin-em-um-dilema-em-um-nivel-crucial-sera-us42-500-ou-us32-500/amp',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'label-value', 'format'],
    title: 'Preço do Bitcoin em um dilema em um nível crucial: será US$42.500 ou US$32.500?',
    blocks: [
      'O Bitcoin fecha a semana abaixo dos US$40,000, abrindo caminho para um deslize possível para os US$32.500.',
      'O Bitcoin quase esbarrou nos US$42.500 na semana passada, mas empacou, permitindo um recuo abaixo dos US$40.000.',
      'O suporte robusto parece estabelecido em US$35.000. Manter-se acima do limite inferior do canal pode trazer uma recuperação acima dos US$40.000 e dar confiança aos altistas para passar dos US$42.500.',
      'Se a congestão compradora em US$35.000 for superada pela pressão vendedora, o Bitcoin pode explorar níveis mais baixos, talvez em US$32.500.',
      'Taxa Spot: US$37.100',
      'Mudança Relativa: -1050',
    ],
    expect: [
      p('US$40,000', 40000),
      p('US$32.500', 32500),
      p('US$42.500', 42500),
      p('US$40.000', 40000),
      p('US$35.000', 35000),
      p('US$40.000', 40000),
      p('US$42.500', 42500),
      p('US$35.000', 35000),
      p('US$32.500', 32500),
      p('US$37.100', 37100),
    ],
  },
];
