import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://360radio.com.co/precio-del-bitcoin-vuelve-a-romper-techo-cuanto-quedo-valiendo-uno-en-pesos-colombianos/184325/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Precio del Bitcoin vuelve a romper techo: cuánto quedó valiendo uno en pesos colombianos',
    blocks: [
      'Precio del Bitcoin vuelve a romper techo: cuánto quedó valiendo uno en pesos colombianos',
      'El Bitcoin sorprendió otra vez al mercado este martes con un nuevo máximo histórico. La criptomoneda más importante del mundo superó los USD 109.500 por unidad, lo que en pesos colombianos supone una cifra inédita: más de $445,5 millones por cada bitcoin.',
      'Con la cotización en tiempo real, el precio de 1 BTC quedó esta mañana en $445.565.962, empujado por un entorno global que sigue favoreciendo a los activos digitales.',
    ],
    expect: [
      p('USD 109.500', 109500),
      p('$445,5 millones', 445.5e6, 'COP'),
      p('$445.565.962', 445565962, 'COP'),
    ],
  },
];
