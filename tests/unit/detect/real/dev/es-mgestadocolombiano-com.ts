import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mgestadocolombiano.com/bitcoin-record-dolar-colombia-octubre-2025',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'La criptomoneda supera los 124.000 dólares por unidad gracias a la confianza global, mientras en Colombia el peso se fortalece y la divisa estadounidense cierra a la baja.',
      {
        text: 'El Bitcoin marcó el 6 de octubre de 2025 un nuevo récord histórico, por encima de los 124.000 dólares, empujado por el apetito de los inversionistas institucionales y la expectativa de adopción masiva.',
        heading: 'Bitcoin rompe su techo histórico y consolida liderazgo global',
      },
      {
        text: 'Mientras Bitcoin rompe récords, el dólar en Colombia terminó este 6 de octubre con una cotización promedio de $3.854, unos $20 por debajo del cierre del viernes anterior.',
        heading: 'El dólar cae en Colombia y el peso muestra señales de estabilidad',
      },
    ],
    expect: [
      p('124.000 dólares', 124000),
      p('124.000 dólares', 124000),
      o('$3.854', 3854, 'COP'),
      o('$20', 20, 'COP'),
    ],
  },
];
