import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dirigentesdigital.com/?p=504704',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Producir un bitcoin ya cuesta más de lo que vale',
    blocks: [
      'El coste de producción supera los 76.000 dólares, mientras que el coste real de las empresas mineras supera los 126.000 dólares.',
      'Bitcoin es la principal criptomoneda del mercado y funciona con un sistema de Proof of Work en el que los mineros validan bloques a cambio de 3,1 Bitcoin por bloque minado.',
      'Desde su lanzamiento, producir esta criptomoneda exige cada vez más energía y equipos más potentes. De hecho, en 2014 producir un Bitcoin costaba unos 400 dólares, mientras que en 2023 superaba los 23.000 dólares.',
      'Hoy el coste total supera los 76.000 dólares, pero el coste real que registran las empresas mineras supera ya los 126.000 dólares, por el precio de la luz y la localización. Eso supone pérdidas notables por cada unidad minada, ya que el precio de mercado actual se sitúa en el entorno de los 60.000 dólares.',
      'En octubre de 2018 el coste de producción estaba en los 7.000 dólares, mientras que su precio de mercado superaba, por poco, los 4.000 dólares. En 2020 se dio una situación parecida, con Bitcoin cotizando por debajo de los 11.000 dólares y su coste por encima de esa cifra.',
    ],
    expect: [
      c('76.000 dólares', 76000),
      c('126.000 dólares', 126000),
      c('400 dólares', 400),
      c('23.000 dólares', 23000),
      c('76.000 dólares', 76000),
      c('126.000 dólares', 126000),
      p('60.000 dólares', 60000),
      c('7.000 dólares', 7000),
      p('4.000 dólares', 4000),
      p('11.000 dólares', 11000),
    ],
  },
];
