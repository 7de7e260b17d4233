import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tvn-2.com/mundo/centroamerica/salvador-ganado-usd-443-millones_1_2198360.html',
    lang: 'es',
    tags: ['prose'],
    title: 'El Salvador ha ganado USD 443 millones',
    blocks: [
      'El Salvador ha ganado 443 millones de dólares con la subida de la cotización del bitcóin, criptomoneda que empezó a comprar hace casi cuatro años por decisión del presidente Nayib Bukele.',
      'El Salvador acumula 6.240 bitcoines, equivalentes a 740,7 millones de dólares, según la estatal Oficina Nacional del Bitcóin.',
      'Bukele compartió en X el informe de la oficina sobre los niveles récord que alcanzó el bitcóin esta semana, en torno a los 120.000 dólares.',
      'Según esa entidad, El Salvador ha ganado 443 millones gracias al aumento de la cotización desde 2021.',
    ],
    expect: [
      o('443 millones de dólares', 443e6),
      o('740,7 millones de dólares', 740.7e6),
      p('120.000 dólares', 120000),
    ],
  },
];
