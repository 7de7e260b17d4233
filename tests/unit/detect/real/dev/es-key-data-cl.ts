import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://key-data.cl/2022/07/07/la-caida-del-bitcoin-golpea-con-fuerza-a-el-salvador-y-nayib-bukele/',
    lang: 'es',
    tags: ['prose'],
    title: 'La caída del bitcoin golpea con fuerza a El Salvador y Nayib Bukele',
    blocks: [
      'La caída del bitcoin ha sido un verdadero dolor de cabeza para el presidente de El Salvador, Nayib Bukele: la principal apuesta económica del país ha perdido casi el 50% de su valor.',
      'Según Bloomberg, «en el año transcurrido desde que El Salvador aprobó Bitcoin como moneda de curso legal, la nación ha perdido casi 56 millones de dólares al apostar por el activo digital».',
      'Bloomberg agrega que esta apuesta «destaca un riesgo importante para los inversores en la deuda de la nación centroamericana, arrastrada a la baja por los amplios déficits fiscales y un bono de 800 millones de dólares que vence en enero».',
    ],
    expect: [o('56 millones de dólares', 56e6), o('800 millones de dólares', 800e6)],
  },
];
