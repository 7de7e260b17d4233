import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://versionfinal.com.ve/tecnologia/el-bitcoin-se-dispara-tras-el-anuncio-de-elon-musk-sobre-la-compra-de-teslas/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'El bitcoin se dispara tras el anuncio de Elon Musk sobre la compra de Teslas',
    blocks: [
      'El precio del bitcoin (BTC) se disparó el miércoles, después de que el multimillonario Elon Musk dijera que ya se pueden comprar vehículos Tesla con la criptomoneda.',
      'Al poco tiempo, el precio de la moneda digital subió 1,3%, hasta los 55 545 dólares, según el portal Coindesk.',
      'Luego del alza, la cotización del bitcoin retrocedió hasta los 55 435 dólares.',
      'El fabricante de autos eléctricos dijo el mes pasado que compró 1,5 mil millones de dólares en bitcoins y que lo aceptaría como forma de pago.',
    ],
    expect: [p('55 545 dólares', 55545), p('55 435 dólares', 55435), o('1,5 mil millones de dólares', 1.5e9)],
  },
];
