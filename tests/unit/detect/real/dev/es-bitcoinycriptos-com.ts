// Nota sobre el costo de minar 1 BTC un año después del halving, con cifras en formato estadounidense ($48,671).
// El margen de ganancia por bitcoin de Marathon es una diferencia, no un costo ni un precio (o).
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinycriptos.com/noticias/esto-es-lo-que-cuesta-minar-1-bitcoin-en-2025-y-cuanto-ganan-los-grandes-jugadores',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title: 'Esto es lo que cuesta minar 1 Bitcoin en 2025 (y cuánto ganan los grandes jugadores)',
    blocks: [
      'Esto es lo que cuesta minar 1 Bitcoin en 2025 (y cuánto ganan los grandes jugadores)',
      'Un año después del halving, minar 1 BTC cuesta según las estimaciones $48,671, mientras que el precio ronda los $88,500.',
      'Pese a una dificultad minera récord, empresas como Marathon obtienen márgenes de ganancia superiores a los $29,000 por bitcoin.',
      'Según estimaciones de la Universidad de Cambridge, hoy cuesta en promedio $48,671 minar un solo BTC. Esa cifra cambia mucho según el precio de la energía, la eficiencia del hardware y la escala de cada operación.',
    ],
    expect: [c('$48,671', 48671), p('$88,500', 88500), o('$29,000', 29000), c('$48,671', 48671)],
  },
];
