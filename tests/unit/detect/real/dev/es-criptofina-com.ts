import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptofina.com/2025/11/22/estudio-de-caso-como-una-inversion-de-100-en-2015-pudo-cambiar-tu-vida',
    lang: 'es',
    tags: ['prose'],
    title: 'Estudio de Caso: Cómo una Inversión de $100 en 2015 Pudo Cambiar tu Vida',
    blocks: [
      'Estudio de Caso: Cómo una Inversión de $100 en 2015 Pudo Cambiar tu Vida',
      'Aunque estos rendimientos son históricos y no garantizan resultados futuros, analizarlos ayuda a entender por qué esta clase de activos ha capturado la imaginación del mundo. Este estudio se centra en la rentabilidad hipotética de una modesta inversión de $100 hecha a principios de 2015 en las dos criptomonedas principales del momento: Bitcoin y Ethereum.',
      'Con una visión y una tolerancia al riesgo que pocos tenían, decidiste repartir tu capital de $100 a partes iguales: $50 para Bitcoin y $50 para el recién llegado Ethereum.',
    ],
    expect: [o('$100', 100), o('$100', 100), o('$100', 100), o('$50', 50), o('$50', 50)],
  },
  {
    url: 'https://criptofina.com/2025/11/22/estudio-de-caso-como-una-inversion-de-100-en-2015-pudo-cambiar-tu-vida',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Estudio de Caso: Cómo una Inversión de $100 en 2015 Pudo Cambiar tu Vida',
    blocks: [
      'Caso 1: Bitcoin (BTC) – La Reserva de Valor Digital',
      'A principios de 2015, el precio promedio de Bitcoin rondaba los $250 por unidad. Con una inversión de $50 USD a ese precio, se habrían adquirido 0.20 BTC ($50 / $250.00).',
      'Para finales de 2024, tomando un precio conservador de $60,000 USD por Bitcoin (o un pico histórico reciente), el valor de esta inversión se habría disparado. El valor final de tu inversión de $50 se calcularía como 0.20 × $60,000.00, resultando en $12,000.00 USD. Esto supone un Rendimiento Neto de $11,950.00 USD y un Multiplicador (ROI) de 240 veces el capital inicial.',
    ],
    expect: [
      p('$250', 250),
      o('$50 USD', 50),
      o('$50', 50),
      p('$250.00', 250),
      p('$60,000 USD', 60000),
      o('$50', 50),
      p('$60,000.00', 60000),
      o('$12,000.00 USD', 12000),
      o('$11,950.00 USD', 11950),
    ],
  },
];
