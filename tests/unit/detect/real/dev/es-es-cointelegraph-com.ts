import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.cointelegraph.com/news/mining-margins-and-where-to-make-the-most-money',
    lang: 'es',
    tags: ['cost', 'anaphora', 'prose'],
    title: 'Márgenes de minería: dónde se gana más dinero',
    blocks: [
      { text: 'Dónde cobrar', heading: 'Dónde cobrar' },
      'Con esta información disponible, empezar a minar en distintas partes del mundo cobra sentido. El mejor lugar para sacar beneficio minando un solo Bitcoin es Venezuela. El proceso cuesta solo alrededor de $530.',
      'Con el precio actual de Bitcoin rondando los $10 000, esto supone una tasa de retorno enorme para los mineros sudamericanos.',
    ],
    expect: [c('$530', 530), p('$10 000', 10000)],
  },
];
