import { o, type RealCase } from '../labels';

// Local news on an illegal mining farm: equipment values and monthly profits, no BTC price at all.
export const cases: RealCase[] = [
  {
    url: 'https://vivamijas.es/sevilla/1033881/minar-criptomonedas-con-el-precio-de-la-luz-ni-por-asomo/amp',
    lang: 'es',
    tags: ['prose'],
    title: 'Minar criptomonedas con el precio de la luz, ni por asomo',
    blocks: [
      'A finales de enero la Policía Nacional desmantelaba en la localidad sevillana de Santiponce una granja ilegal de criptomonedas con 21 equipos ASIC dedicados en exclusiva al minado de Bitcoin, con un valor estimado de 31.500 euros, que aportaría un beneficio mensual de unos 2.500 euros, y un equipo de minería RIG de unos 13.000 euros con el que se obtendrían unos beneficios de 1.000 euros mensuales.',
      'Minar en Andalucía es extremadamente caro en un negocio que, por muchos nuevos ricos que haya dado, no es tan rentable como aparenta.',
    ],
    expect: [
      o('31.500 euros', 31500, 'EUR'),
      o('2.500 euros', 2500, 'EUR'),
      o('13.000 euros', 13000, 'EUR'),
      o('1.000 euros', 1000, 'EUR'),
    ],
  },
];
