import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.informacion.es/finanzas-personales/2026/01/29/puedes-ganar-100-euros-bitcoin-126216186.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: '¿Cuánto puedes ganar si inviertes 100 euros en bitcoin?',
    blocks: [
      'Meter dinero en bitcoin ha dejado de ser cosa de expertos en finanzas. Cada vez más gente se plantea lo mismo antes de lanzarse: si invierto 100 euros en bitcoin, ¿cuánto puedo ganar de verdad? La respuesta corta: depende del momento, del plazo y de tu tolerancia al riesgo.',
      'Qué pasaría hoy si inviertes 100 euros en bitcoin',
      'Bitcoin es un activo muy volátil. Con 100 euros no compras un bitcoin entero, sino una fracción, algo totalmente normal en el mundo cripto.',
      'Por ejemplo, como el precio del bitcoin ronda hoy los 74.850 euros, tus 100 euros te darían aproximadamente 0,0012 BTC. A partir de ahí, todo depende de cómo evolucione el mercado.',
    ],
    expect: [
      o('100 euros', 100, 'EUR'),
      o('100 euros', 100, 'EUR'),
      o('100 euros', 100, 'EUR'),
      p('74.850 euros', 74850, 'EUR'),
      o('100 euros', 100, 'EUR'),
    ],
  },
  {
    url: 'https://www.informacion.es/finanzas-personales/2026/01/29/puedes-ganar-100-euros-bitcoin-126216186.html',
    lang: 'es',
    tags: ['prose', 'change', 'anaphora'],
    title: '¿Cuánto puedes ganar si inviertes 100 euros en bitcoin?',
    blocks: [
      'Escenarios posibles: de pérdidas rápidas a ganancias inesperadas',
      '📉 Escenario negativo',
      'Si el bitcoin cae un 20%, tus 100 euros pasarían a valer 80 euros. Movimientos así no son raros y pueden darse en semanas o incluso días.',
      '📈 Escenario moderado',
      'Si, en cambio, el bitcoin sube un 30%, tu inversión se convertiría en 130 euros. No es una cifra espectacular, pero sí muy superior a la de una cuenta de ahorro.',
      '🚀 Escenario alcista',
      'En fases de euforia, el bitcoin ha llegado a duplicar o triplicar su precio en menos de un año. En ese caso, 100 euros podrían convertirse en 200 o incluso 300 euros.',
    ],
    expect: [
      o('100 euros', 100, 'EUR'),
      o('80 euros', 80, 'EUR'),
      o('130 euros', 130, 'EUR'),
      o('100 euros', 100, 'EUR'),
      o('200', 200, 'EUR'),
      o('300 euros', 300, 'EUR'),
    ],
  },
];
