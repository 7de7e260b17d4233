import { p, type RealCase } from '../labels';

// Spanish-language economy site, weekly Bitcoin rally: the level in the headline and lead, a broken
// resistance, an analyst target, and support/resistance levels in a technical paragraph.
export const cases: RealCase[] = [
  {
    url: 'https://ieconomia.com/economia/bitcoin-sube-a-93300-dolares-y-se-encamina-a-su-mayor-salto-semanal',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin sube a 93.300 dólares y se encamina a su mayor salto semanal',
    blocks: [
      'Bitcoin sube a 93.300 dólares y se encamina a su mayor salto semanal',
      'El precio de Bitcoin (BTC) sigue al alza y este sábado se sitúa en torno a los 93.300 dólares, con un avance del 4,5% en siete días.',
      'Según los analistas, la ruptura de los 92.000 dólares fue el punto clave; algunos ya proyectan que podría alcanzar los 95.000 dólares si mantiene el impulso.',
      'En lo técnico, el soporte inmediato está en torno a los 91.000 dólares y la resistencia más cercana en los 95.000 dólares.',
    ],
    expect: [
      p('93.300 dólares', 93300),
      p('93.300 dólares', 93300),
      p('92.000 dólares', 92000),
      p('95.000 dólares', 95000),
      p('91.000 dólares', 91000),
      p('95.000 dólares', 95000),
    ],
  },
];
