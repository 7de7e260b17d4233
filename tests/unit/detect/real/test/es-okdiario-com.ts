import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://okdiario.com/economia/bitcoin-marca-nuevo-record-historico-supera-62-000-dolares-7081532/amp',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'El bitcoin marca un nuevo récord histórico al superar los 63.000 dólares',
    blocks: [
      'El bitcoin marca un nuevo récord histórico al superar los 63.000 dólares',
      'Suma y sigue. El bitcoin ha vuelto a marcar un récord. La criptomoneda de referencia ha superado los 63.000 dólares (52.929 euros) este martes, un día antes del debut en el Nasdaq de Coinbase, la mayor plataforma de negociación de criptomonedas de Estados Unidos.',
      'La cotización de bitcoin llegó este martes a un máximo intradía de 63.152 dólares (53.056 euros), más de un 4% por encima del cierre de ayer. En lo que va de año, la criptomoneda más popular se ha revalorizado un 116%, desde los 29.000 dólares en los que cerró 2020.',
      'Elon Musk anunció a finales de marzo que ya se puede comprar un Tesla con bitcoin, decisión impulsada por el alto valor de la divisa digital, por encima de los 56.000 dólares.',
    ],
    expect: [
      p('63.000 dólares', 63000),
      p('63.000 dólares', 63000),
      p('52.929 euros', 52929, 'EUR'),
      p('63.152 dólares', 63152),
      p('53.056 euros', 53056, 'EUR'),
      p('29.000 dólares', 29000),
      p('56.000 dólares', 56000),
    ],
  },
];
