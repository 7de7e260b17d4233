import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://theofficer.es/la_incertidumbre_impulsa_el_bitcoin_hasta_maximos_historicos-eqdd42341',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'La incertidumbre impulsa el Bitcoin hasta máximos históricos',
    blocks: [
      '2016 ha sido el año del Bitcoin. Desde el primer día del pasado año, su valor ha crecido a un ritmo más que aceptable. El Bitcoin ha cerrado el año con un crecimiento superior al 110%, volviendo a negociarse muy cerca de su máximo histórico de 2013, cuando cotizaba a 1.216 dólares.',
    ],
    expect: [p('1.216 dólares', 1216)],
  },
];
