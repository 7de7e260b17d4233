import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tecnovery.com/2021/03/16/nuevo-maximo-historico-bitcoin-supera-los-60-mil-dolares',
    lang: 'es',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Nuevo máximo histórico: Bitcoin supera los 60 mil dólares',
    blocks: [
      'Nuevo máximo histórico: Bitcoin supera los 60 mil dólares',
      'Bitcoin sigue subiendo como la espuma y, por ahora, no parece tener ningún tipo de freno.',
      'Este lunes la criptomoneda se situó sobre la barrera de los 60 mil dólares, un nuevo tope para la criptodivisa. Hace apenas un mes se cotizaba a un precio de 50.000 dólares por Bitcoin, así que la tendencia al alza es más que evidente.',
      'La marca se impuso el sábado y a principios del lunes el BTC se situaba en los 60.600 dólares. Esta subida de más de 10.000 dólares en un mes (o un 20%) no fue homogénea.',
      'Al momento de redactar esta nota, el valor de 1 BTC se situaba en 55,543.70 dólares, una caída de menos del 5% con respecto al día anterior.',
      'En 2017, cuando alcanzó los 20.000 dólares (su máximo histórico de entonces), se desplomó poco tiempo después.',
    ],
    expect: [
      p('60 mil dólares', 60000),
      p('60 mil dólares', 60000),
      p('50.000 dólares', 50000),
      p('60.600 dólares', 60600),
      o('10.000 dólares', 10000),
      p('55,543.70 dólares', 55543.7),
      p('20.000 dólares', 20000),
    ],
  },
];
