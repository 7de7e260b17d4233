import { p, type RealCase } from '../labels';

// Tech news: one bitcoin in USD and BRL in the lead sentence, "a criptomoeda" afterwards.
export const cases: RealCase[] = [
  {
    url: 'https://www.oficinadanet.com.br/bitcoin/21185-pessoas-estao-vendendo-suas-casas-para-comprar-bitcoin',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    title: 'Pessoas estão vendendo suas casas para comprar Bitcoin',
    blocks: [
      'Neste momento 1 Bitcoin está valendo quase 17 mil dólares, ou quase 60 mil reais, tendo valorizado mais de 1000% no acumulado do ano. Por conta desses números atraentes cada vez mais pessoas estão se envolvendo com a criptomoeda.',
      'Diante desta hiper-volatilidade, os especialistas dizem que o melhor é aguardar a próxima queda (recorrentes, quando o valor costuma cair cerca de 10% ~ 20% para então voltar a subir) para então comprar.',
    ],
    expect: [p('17 mil dólares', 17000), p('60 mil reais', 60000, 'BRL')],
  },
];
