import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.jornaldonordeste.org/2024/04/20/o-halving-do-bitcoin-aconteceu-veja-como-a-criptomoeda-reagiu/',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'O halving do Bitcoin aconteceu; veja como a criptomoeda reagiu',
    blocks: [
      'O Bitcoin caiu 1,83%, para US$ 63.803, depois da confirmação do halving, que corta pela metade a recompensa por bloco minerado.',
      {
        text: '  • 28 de novembro de 2012: redução de 50 para 25 BTC, o preço do criptoativo era de US$ 12 na época;',
        heading: 'Metades anteriores',
      },
      {
        text: '  • 9 de julho de 2016: redução de 25 para 12,5 BTC, o preço na época era de US$ 650;',
        heading: 'Metades anteriores',
      },
      {
        text: '  • 11 de maio de 2020: último halving, redução de 12,5 para 6,25 BTC, o preço já havia saltado para US$ 8.821,00.',
        heading: 'Metades anteriores',
      },
    ],
    expect: [p('US$ 63.803', 63803), p('US$ 12', 12), p('US$ 650', 650), p('US$ 8.821,00', 8821)],
  },
];
