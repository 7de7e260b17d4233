import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://noticias-blockchain.com/el-precio-de-bitcoin-btc-esta-cerca-de-tocar-fondo-los-mineros-se-estan-rindiendo-cerca-del-nivel-de-implosion-de-ftx-cryptoquant',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'El precio de Bitcoin está cerca de tocar fondo: los mineros se están rindiendo',
    blocks: [
      'Los mineros de Bitcoin (BTC) muestran signos de capitulación, un evento que suele coincidir con un fondo del mercado, tras una caída del 13% en los últimos 30 días.',
      'Bitcoin cotiza a 60.300 dólares tras caer un 3% el miércoles. Ese nivel actúa como soporte crítico desde abril: rebotó tres veces desde esta zona antes de volver a la marca de los 70.000 dólares.',
      'Los ingresos diarios de los mineros cayeron hoy a 29 millones de dólares desde 79 millones de dólares el 6 de marzo, lo que los llevó a apagar equipos.',
    ],
    expect: [
      p('60.300 dólares', 60300),
      p('70.000 dólares', 70000),
      o('29 millones de dólares', 29e6),
      o('79 millones de dólares', 79e6),
    ],
  },
];
