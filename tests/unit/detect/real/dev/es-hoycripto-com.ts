import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hoycripto.com/comunidad/2023/12/13/cuantos-bitcoins-tiene-el-salvador-con-su-estrategia-de-comprar-1-bitcoin-al-dia',
    lang: 'es',
    tags: ['prose', 'format'],
    title: '¿Cuántos bitcoins tiene El Salvador con su estrategia de comprar 1 bitcoin al día?',
    blocks: [
      'El presidente de El Salvador, Nayib Bukele, anunció el 17 de noviembre de 2022 que compraría un bitcoin al día para acumular la criptomoneda aprovechando la baja del mercado. No hay verificación exacta de las compras, pero el Nayib Bukele Portfolio Tracker registra las compras del gobierno desde finales de 2021.',
      'La última compra acumulada muestra 391 BTC adquiridos desde noviembre de 2022, valorados en unos USD 16 millones al cambio actual.',
      'El precio promedio diario del bitcoin comprado por el gobierno es de USD 26,728, teniendo en cuenta que en noviembre de 2022 el valor rondaba los USD 16,000. Desde entonces, el precio de BTC subió un 150%, hasta más de USD 41,000 por unidad. Las 391 BTC diarias acumulan ganancias del 54%, equivalentes a USD 5,656,099.',
      'En diciembre, las reservas en bitcoins de El Salvador pasaron a tener ganancias no realizadas al superar los USD 40,000 por unidad.',
      'Desde septiembre de 2021, El Salvador ha comprado unos 2,771 BTC con una inversión de USD 117 millones.',
    ],
    expect: [
      o('USD 16 millones', 16e6),
      p('USD 26,728', 26728),
      p('USD 16,000', 16000),
      p('USD 41,000', 41000),
      o('USD 5,656,099', 5656099),
      p('USD 40,000', 40000),
      o('USD 117 millones', 117e6),
    ],
  },
];
