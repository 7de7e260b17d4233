import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.capital.cl/negocios/2017/05/29/139936/cobrar-el-sueldo-en-bitcoins-los-puntos-a-favor-y-en-contra',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Cobrar el sueldo en bitcoins: los puntos a favor y en contra',
    blocks: [
      'El bitcoin, la moneda virtual por excelencia, está en alza. El auge del comercio en internet y la seguridad de sus transacciones han disparado su precio en los últimos meses hasta superar los US$ 2.700 por unidad hace poco (hoy sube casi 2% hasta US$ 2.200).',
      'Pablo Fernández Burgueño, abogado especialista en bitcoin, cobra el 30% de su salario en bitcoins desde 2013, y reconoce que la mayoría de los usuarios no la usan para comprar, sino para especular.',
    ],
    expect: [p('US$ 2.700', 2700), p('US$ 2.200', 2200)],
  },
];
