import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://n24.mx/?p=39850',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Derrumbe histórico de las criptomonedas',
    blocks: [
      'En un evento propio de las criptomonedas, todas caen con fuerza en un derrumbe histórico, a tal punto que plataformas como Coinbase han empezado a fallar.',
      'La caída comenzó la noche del 18 de mayo, hora del centro de México. Bitcoin pasó de valer 48,000 dólares el 15 de mayo a 36,000 al momento de escribir este texto. Apenas el 10 de mayo costaba 55,000 dólares.',
      'Ethereum, por su parte, valía 3,399 dólares y ahora apenas supera los 2,400 dólares. El controvertido Doge costaba antes de la caída 49 centavos de dólar, pero al momento de escribir este texto su precio es de 32 centavos.',
    ],
    expect: [
      p('48,000 dólares', 48000),
      p('36,000', 36000),
      p('55,000 dólares', 55000),
      o('3,399 dólares', 3399),
      o('2,400 dólares', 2400),
      o('49 centavos de dólar', 0.49),
      o('32 centavos', 0.32),
    ],
  },
];
