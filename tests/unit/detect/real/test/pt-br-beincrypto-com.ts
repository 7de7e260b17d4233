import { p, type RealCase } from '../labels';

// Brazilian edition of a crypto news site, weekly technical analysis (2023): a horizontal level, a
// local high and a resistance area, mostly in sentences about "o preço" or "a área".
export const cases: RealCase[] = [
  {
    url: 'https://br.beincrypto.com/bitcoin-btc-enfrenta-dificuldades-possibilidade-de-reversao-da-alta-gera-incerteza',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin (BTC) enfrenta dificuldades: possibilidade de reversão da alta gera incerteza',
    blocks: [
      {
        text: 'A análise do gráfico semanal mostra que o BTC subiu há duas semanas, validando a área horizontal de US$ 24.800, que atua como resistência e suporte desde julho de 2022.',
        heading: 'Bitcoin (BTC) não consegue sustentar o salto',
      },
      'Embora tenha atingido uma alta local de US$ 27.486, o preço criou um longo pavio superior e fechou em baixa.',
      'Se a queda continuar, a área de US$ 24.800 ficará 5% abaixo do preço atual; seria necessário um aumento de 20% para atingir a resistência de US$ 31.000.',
    ],
    expect: [p('US$ 24.800', 24800), p('US$ 27.486', 27486), p('US$ 24.800', 24800), p('US$ 31.000', 31000)],
  },
];
