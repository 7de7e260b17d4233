import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://notiveraz.com/?p=32276',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'El costo de minar Bitcoin no es una constante. Depende de tantos factores que cualquier fotografía termina siendo engañosa, porque la actividad cambia todo el tiempo.',
      'La publicación de una infografía sobre el costo de minar 1 bitcoin BTC en distintos países del mundo encendió más de una calculadora desde temprano hoy.',
      'Según esta infografía, el costo de minar un bitcoin en Venezuela superaría los USD 240.000 mil dólares. En países como Argentina o Estados Unidos el promedio se mantendría en USD 21.000. En Paraguay el costo de minar 1 BTC sería de USD 13.000, una cifra cercana a lo que CriptoNoticias reportó hace poco.',
      'En su respuesta, la empresa de minería Doctorminer afirma que minar 1 BTC en Venezuela con un equipo de generación media cuesta USD 4.736 y con un equipo antiguo USD 9.630.',
      'Como reportamos en el pasado, en Venezuela el precio promedio de la electricidad es de 0,010 KW/h, según indicó un minero de Bitcoin entrevistado por este medio.',
    ],
    expect: [
      c('USD 240.000 mil dólares', 240000),
      c('USD 21.000', 21000),
      c('USD 13.000', 13000),
      c('USD 4.736', 4736),
      c('USD 9.630', 9630),
    ],
  },
];
