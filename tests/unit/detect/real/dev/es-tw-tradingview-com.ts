import { p, type RealCase } from '../labels';

// TradingView idea in Spanish: bare "60K" / "52K" levels around one "$74,000".
export const cases: RealCase[] = [
  {
    url: 'https://tw.tradingview.com/chart/BTCUSD/S5AyCUD3',
    lang: 'es',
    tags: ['forum', 'format', 'anaphora'],
    title: 'BTCUSD',
    blocks: [
      'El análisis actual del gráfico de Bitcoin muestra un triángulo descendente en formación, que podría convertirse en un patrón bajista. Lo refuerzan la línea de resistencia descendente y un fuerte soporte horizontal en torno a los 60K, que ha demostrado ser un nivel crítico en múltiples ocasiones.',
      'Las medias móviles exponenciales (EMAs) marcan una inclinación negativa, lo que indica que el impulso a corto plazo favorece a los bajistas. Además, el volumen de transacciones viene bajando, lo que puede revelar falta de convicción en los niveles de precio actuales y anticipar una ruptura significativa.',
      'Aunque existe la probabilidad de un giro hacia la resistencia superior de $74,000, ese escenario parece menos probable en el contexto actual. La atención principal está en el soporte de 60K: si se rompe, podría desencadenar un "golpe fuerte" bajista y llevar el precio a explorar niveles inferiores aún más críticos.',
      'Por ahora el mercado ofrece poco atractivo para posiciones alcistas a medio plazo, dada la tendencia bajista y el volumen decreciente. Hay que considerar una ruptura bajista más pronunciada hacia el soporte de 52K.',
    ],
    expect: [p('60K', 60000), p('$74,000', 74000), p('60K', 60000), p('52K', 52000)],
  },
];
