import { p, type RealCase } from '../labels';

// Forum post (Spanish board): "$ 13,057 dolares" with sign and word, later levels say only "el precio" / "el par".
export const cases: RealCase[] = [
  {
    url: 'https://forex-bitcoin.com/threads/6798-¿vale-la-pena-invertir-en-bitcoin/topost-68959',
    lang: 'es',
    tags: ['forum', 'format', 'anaphora'],
    title: '¿Vale la pena invertir en Bitcoin?',
    blocks: [
      'Hola colegas, los bajistas ni siquiera pudieron hundir a Bitcoin ( BTC ) hasta la media móvil exponencial de 20 días ($ 13,057 dolares) en los últimos días, lo que mostró que los alcistas no tenían prisa por tomar ganancias. Eso pudo atraer otra ronda de compras que ha llevado el precio a un nuevo máximo de 2020 en niveles de $ 14,259 en la actualidad.',
      'Las medias móviles ascendentes y el índice de fuerza relativa en la zona de sobrecompra sugieren que los alcistas tienen el control. Si logran mantener el precio por encima de $ 14,102, es probable que comience la siguiente etapa del movimiento alcista. La próxima gran resistencia está cerca de $ 16,200.',
      'Sin embargo, el RSI todavía muestra señales de divergencia negativa, que suele ser una advertencia fiable de que el impulso puede estar debilitándose. Pero en una tendencia alcista fuerte, la divergencia puede resultar una señal falsa a menos que el precio baje.',
      'Esta visión alcista quedará invalidada si el precio baja de los niveles actuales y el par BTC / USD se desploma por debajo de la EMA de 20 días. Un movimiento así sugeriría que los bajistas intentan regresar, y es probable que ganen fuerza si el par cae por debajo del soporte de $ 12,460.',
    ],
    expect: [
      p('$ 13,057 dolares', 13057),
      p('$ 14,259', 14259),
      p('$ 14,102', 14102),
      p('$ 16,200', 16200),
      p('$ 12,460', 12460),
    ],
  },
];
