import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://foro.elhacker.net/noticias/guia_rapida_para_minar_bitcoins_desde_el_ordenador_de_tu_casa-t387978.0.html',
    lang: 'es',
    tags: ['forum', 'anaphora'],
    title: 'Guía rápida para minar Bitcoins desde el ordenador de tu casa',
    blocks: [
      'Guía rápida para minar Bitcoins desde el ordenador de tu casa',
      'La moneda virtual de moda va en montaña rusa. Tras marcar esta misma semana su máximo histórico de cotización (266 dólares), el viernes se hundió por debajo de los 65 dólares, después de que Mt.Gox, la principal casa de cambio de Bitcoins, sufriera un ataque informático. Quizás es buen momento para plantearse invertir en la criptomoneda, o incluso fabricarla en casa.',
      'Comprarla, cambiarla por trabajo o minarla desde un ordenador preparado: son las tres formas de hacerse con un puñado de Bitcoins. Las dos primeras son sencillas. La última, no tanto.',
    ],
    expect: [p('266 dólares', 266), p('65 dólares', 65)],
  },
];
