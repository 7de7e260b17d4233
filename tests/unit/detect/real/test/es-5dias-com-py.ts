import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.5dias.com.py/2018/02/bitcoin-no-toca-fondo-en-su-desplome/',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Bitcoin no toca fondo en su desplome',
    blocks: [
      'Bitcoin no toca fondo en su desplome',
      'Después de que el Bitcoin (BTC) llegara a US$ 6.000 ayer, solo los mineros más grandes y eficientes pueden mantenerse a flote, e incluso estos caminan sobre el filo de la navaja, según un análisis de Gadfly.',
      'La carrera entre los participantes sumó un 40% más de potencia minera desde que el BTC superó los US$ 19.000 el 18 de diciembre.',
      'Si el BTC se hubiera mantenido en su media móvil de 50 sesiones de US$ 13.200, el minero promedio podría ganar US$ 80 por semana, suponiendo que opera un Antminer S9 de Bitmain a 13,5 TH/s (precio minorista US$ 2.320) en China a precios mayoristas.',
      'Si el precio no sube, el minero promedio se dispone a perder US$3 por semana a los niveles actuales.',
    ],
    expect: [
      p('US$ 6.000', 6000),
      p('US$ 19.000', 19000),
      p('US$ 13.200', 13200),
      o('US$ 80', 80),
      o('US$ 2.320', 2320),
      o('US$3', 3),
    ],
  },
];
