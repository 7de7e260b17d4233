import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.swissinfo.ch/spa/el-salvador-compra-m%C3%A1s-de-1.000-monedas-de-bitc%C3%B3in-por-100-millones-de-d%C3%B3lares/90349835',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'El Salvador compra más de 1.000 monedas de bitcóin por 100 millones de dólares',
    blocks: [
      'El Salvador compra más de 1.000 monedas de bitcóin por 100 millones de dólares',
      'San Salvador, 17 nov (EFE).- El Gobierno de El Salvador compró el lunes por la noche más de 1.000 bitcoines por un valor de 100 millones de dólares, con lo que sus reservas superaron los 7.000 bitcoines, según la gubernamental Oficina Bitcóin.',
      '«¡Te lo dije! ¡El Salvador está ganando! 100 millones de dólares = 1.098,19 BTC», publicó la entidad en X, en un mensaje que compartió el presidente Nayib Bukele.',
      'Según el portal oficial de la oficina, la reserva de bitcóin de El Salvador llegó a 7.474,37 monedas, con un valor total de más de 672,1 millones de dólares.',
      'Sin embargo, tras el acuerdo entre el Gobierno salvadoreño y el Fondo Monetario Internacional (FMI) por 1.400 millones de dólares, la Asamblea Legislativa le quitó al bitcóin el carácter de moneda de curso legal.',
      'En el último mes, el bitcóin acumula una caída cercana al 19 %, después de que el 6 de octubre marcara un máximo histórico en los 126.251 dólares.',
    ],
    expect: [
      o('100 millones de dólares', 100e6),
      o('100 millones de dólares', 100e6),
      o('100 millones de dólares', 100e6),
      o('672,1 millones de dólares', 672.1e6),
      o('1.400 millones de dólares', 1.4e9),
      p('126.251 dólares', 126251),
    ],
  },
];
