import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://soynuevaprensadigital.com/npd/bitcoin-cae-mas-de-un-3',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin cae más de un 3 %',
    blocks: [
      'Madrid.-El bitcóin, la criptomoneda más conocida del mercado, cae este lunes más de un 3 % y se sitúa en los 47.739 dólares, influido probablemente por la incertidumbre que genera la nueva variante del covid.',
      'Aunque el pasado viernes el bitcóin estaba en los 56.000 dólares, desde entonces la criptomoneda no ha dejado de caer hasta situarse hoy por debajo de los 48.000 dólares, tras perder un 3,45 %.',
      'El sábado, el bitcóin llegó a marcar mínimos de 42.000 dólares tras caer un 20 % en un día.',
      'La caída contrasta con los máximos históricos que alcanzó el mes pasado, cuando llegó a tocar los 69.000 dólares.',
      'La segunda moneda virtual más utilizada, el Ethereum, también se ha visto arrastrada: cae un 4,64 % y se sitúa en los 3.992 dólares.',
    ],
    expect: [
      p('47.739 dólares', 47739),
      p('56.000 dólares', 56000),
      p('48.000 dólares', 48000),
      p('42.000 dólares', 42000),
      p('69.000 dólares', 69000),
      o('3.992 dólares', 3992),
    ],
  },
];
