import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ghm.com.ve/el-bitcoin-supera-por-primera-vez-los-50-000-dolares',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'El bitcoin supera por primera vez los 50.000 dólares',
    blocks: [
      'El bitcoin supera por primera vez los 50.000 dólares',
      'El precio del bitcóin superó el martes los 50.000 dólares, algo inédito en el sector de las criptomonedas, y sigue batiendo récords gracias al interés de los grandes bancos y de compañías como Tesla.',
      'Hacia las 12h35 GMT, el bitcóin costaba 50.547,70 dólares, su máximo histórico.',
      'Hacia las 12h55 GMT retrocedió hasta 49.505,35 dólares, aunque acumulaba un aumento de 2,7% en la sesión y de más de un 70% en lo que va de año.',
      'La semana pasada, Tesla anunció por sorpresa que había invertido 1.500 millones de dólares en bitcoines.',
      'En el mismo sentido, MicroStrategy anunció una captación de fondos de 600 millones de dólares “para comprar bitcoines”.',
    ],
    expect: [
      p('50.000 dólares', 50000),
      p('50.000 dólares', 50000),
      p('50.547,70 dólares', 50547.7),
      p('49.505,35 dólares', 49505.35),
      o('1.500 millones de dólares', 1.5e9),
      o('600 millones de dólares', 600e6),
    ],
  },
];
