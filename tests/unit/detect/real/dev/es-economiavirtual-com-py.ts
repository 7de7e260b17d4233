import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.economiavirtual.com.py/web/pagina-general.php?codigo=12270',
    lang: 'es',
    tags: ['format', 'prose', 'anaphora'],
    title: 'Bitcoin roza los 3.000 dólares por unidad',
    blocks: [
      'Bitcoin roza los 3.000 dólares por unidad',
      'Publicado en fecha 07-06-2017',
      'El bitcoin se acerca a la resistencia de los 3.000 dólares por unidad. En la sesión, la criptomoneda marcó un máximo intradía de 2.967.48 dólares, según datos de Coindesk.com.',
      'Al cierre de la jornada, el bitcoin se ubicaba en 2.816.19 dólares, más del doble que el precio del oro, que es de 1.294.16 dólares por onza.',
      'En lo que va de junio la criptomoneda sube un 22,09%, y en lo que va del año casi ha triplicado su precio, con un avance de 191,44 por ciento.',
      '“El 2017 comenzó con una capitalización de mercado de las criptomonedas y tokens de 17.679 millones de dólares”, según José Rodríguez, analista de Top Money Report.',
      'Si el bitcoin termina el año en los niveles actuales (de 2.900 dólares) marcaría su segundo mejor rendimiento anual, solo superado por 2013, cuando su precio subió 5.428.70%, al pasar de 13.24 a 732 dólares por unidad.',
      'Alto riesgo',
      {
        text: 'Los rendimientos agresivos vienen con un alto riesgo. En la sesión del 27 de mayo, el precio del bitcoin se desplomó 10,43%; en tres sesiones (entre el 25 y 27 de mayo) llegó a caer 16%, al pasar de 2.420.29 a 2.042 dólares por unidad.',
        heading: 'Alto riesgo',
      },
    ],
    expect: [
      p('3.000 dólares', 3000),
      p('3.000 dólares', 3000),
      p('2.967.48 dólares', 2967.48),
      p('2.816.19 dólares', 2816.19),
      o('1.294.16 dólares', 1294.16),
      o('17.679 millones de dólares', 17679e6),
      p('2.900 dólares', 2900),
      p('13.24', 13.24),
      p('732 dólares', 732),
      p('2.420.29', 2420.29),
      p('2.042 dólares', 2042),
    ],
  },
];
