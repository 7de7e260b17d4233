import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.lasexta.com/noticias/economia/el-bce-alerta-de-que-el-bitcoin-no-es-una-moneda-pero-ya-se-utiliza-hasta-para-comprar-casas_201801185a60aedf0cf22d7f92e76f06.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Una propietaria vendió su piso hace unos días por 40 Bitcoins y se embolsó 550.000 euros, pero hoy esos mismos Bitcoins le darían bastante menos, unos 310.000 euros.',
      'La moneda virtual llegó en diciembre a cambiarse por casi 20.000 dólares, más de un 300% por encima de octubre, pero con el año nuevo no ha parado de caer hasta los 9.500 dólares.',
      'En España, según la plataforma Bit Two Me, al menos dos millones de personas han usado esta criptomoneda y solo el año pasado se intercambiaron unos 30 millones de euros en Bitcoins.',
    ],
    expect: [
      o('550.000 euros', 550000, 'EUR'),
      o('310.000 euros', 310000, 'EUR'),
      p('20.000 dólares', 20000),
      p('9.500 dólares', 9500),
      o('30 millones de euros', 30e6, 'EUR'),
    ],
  },
];
