import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://adnsur.com.ar/sociedad/tras-el-finde-xxl--el-dolar--blue--bajo--20-en-argentina---a-cuanto-cotiza-este-martes----_a652ead78f8b1f7e847c4fcd9?output=amp',
    lang: 'es',
    tags: ['prose', 'change', 'format'],
    title: 'Tras el finde XXL, el dólar "blue" bajó $20 en Argentina: ¿A cuánto cotiza este martes?',
    blocks: [
      'Tras el finde XXL, el dólar "blue" bajó $20 en Argentina: ¿A cuánto cotiza este martes?',
      'En la jornada de este martes, el dólar blue cerró el día a $985. La brecha cambiaria con el dólar oficial asciende al 168,0%.',
      'Cerca de las 14:30 horas, el dólar blue alcanzó los $985. Pasadas las 13:30 horas, el tipo de cambio informal se ubicó en $975 para la venta.',
      'Este martes el dólar estadounidense bajó 20 pesos tras su fuerte suba de la semana pasada, cuando superó los $1000 por primera vez en la historia.',
      'Tras el fin de semana largo, el dólar blue se sitúa en $940 para la compra y $960 para la venta. El dólar libre marca un incremento de $ 614 desde que comenzó el año.',
    ],
    expect: [
      o('$20', 20, 'ARS'),
      o('$985', 985, 'ARS'),
      o('$985', 985, 'ARS'),
      o('$975', 975, 'ARS'),
      o('20 pesos', 20, 'ARS'),
      o('$1000', 1000, 'ARS'),
      o('$940', 940, 'ARS'),
      o('$960', 960, 'ARS'),
      o('$ 614', 614, 'ARS'),
    ],
  },
];
