import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://elnacional.cat/oneconomia/es/mercados/bitcoin-recuerdo-fue-2-meses-por-debajo-100000-dolares_1389884_102.html',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format', 'change'],
    blocks: [
      'El 4 de febrero, Bitcoin cerró la sesión a un precio de 100.156 dólares. Ese día ha sido el último en que la más famosa de las criptomonedas superó la mítica barrera, después de que el 30 de enero tocase al cierre los 105.403 billetes verdes. Desde noviembre, con las trompetas de victoria de Trump, elevó su precio de 60.000 a 100.000 dólares.',
      'Pero, de momento, 2025 no está sentando muy bien a la cripto. Este domingo, a estas horas, Bitcoin se estaba vendiendo -y comprando- a 83.002 dólares.',
      'A falta de unas horas para cerrar la semana, Bitcoin ha perdido en los últimos siete días unos 1.200 dólares, aunque ha conseguido mantener los 80.000 dólares que se ha convertido en un soporte más o menos fiable.',
      'Dejando al margen los datos intradía, este mes de marzo solo ha roto ese soporte el 11 del mes, cuando a las 23:59 horas los bitcoins se vendieron a 79.506 dólares. El siguiente mínimo, del 28 de febrero, se quedó ligeramente por encima, en 80.376 dólares.',
    ],
    expect: [
      p('100.156 dólares', 100156),
      p('105.403 billetes verdes', 105403),
      p('60.000', 60000),
      p('100.000 dólares', 100000),
      p('83.002 dólares', 83002),
      o('1.200 dólares', 1200),
      p('80.000 dólares', 80000),
      p('79.506 dólares', 79506),
      p('80.376 dólares', 80376),
    ],
  },
];
