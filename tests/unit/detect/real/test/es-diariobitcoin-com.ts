import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://diariobitcoin.com/curiosidades/7-paises-con-monedas-locales-cuyo-valor-es-igual-o-inferior-a-1-satoshi',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'Lo más llamativo es que ocurre con el precio de Bitcoin todavía un 40% por debajo de su máximo histórico, cerca de los USD $20.000.',
      'Al redactar este artículo el Bitcoin ronda los USD $12.430 y el satoshi unos USD $0,00012. Estas monedas locales valen menos, o casi, un satoshi:',
      'Rial iraní. La moneda oficial de Irán vale USD $0,000030, unos 0,25 satoshis.',
      'Dong vietnamita. Moneda de curso legal en Vietnam desde 1978, hoy vale USD $0,000043, es decir, 0,3 satoshis.',
      'Rupia indonesia. Hoy 1 rupia vale USD $ 0,000071, alrededor de 0,59 satoshis.',
      'Franco guineano. Su valor actual es de USD $0,00011, casi 1 satoshi.',
    ],
    expect: [
      p('USD $20.000', 20000),
      p('USD $12.430', 12430),
      o('USD $0,00012', 0.00012),
      o('USD $0,000030', 0.00003),
      o('USD $0,000043', 0.000043),
      o('USD $ 0,000071', 0.000071),
      o('USD $0,00011', 0.00011),
    ],
  },
];
