import { o, p, type RealCase } from '../labels';

// naga.com (LatAm Spanish): "Pronóstico Bitcoin 2026" broker page; "USD 20,000" with comma grouping,
// ETF assets in "USD 250,000 millones", and bare "80 mil" / "100 mil" support levels in a summary list.
const url = 'https://naga.com/lat/news-and-analysis/articles/pronostico-bitcoin-2026';
const title = 'Pronóstico Bitcoin 2026';

export const cases: RealCase[] = [
  {
    url,
    lang: 'es',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'El recorrido de Bitcoin desde el invierno cripto de 2021-2022, cuando BTC cayó por debajo de USD 20,000 y perdió un 75% en 12 meses, hoy parece historia lejana. Tras superar USD 100,000 en 2024 y marcar un pico cerca de USD 126,000 en 2025, entró en una fase de consolidación después de corregir un 30% desde su máximo histórico (ATH).',
      'Los vientos en contra macro podrían provocar retrocesos, mientras que los activos en ETFs por encima de USD 250,000 millones y las tesorerías corporativas aportan un soporte sólido.',
    ],
    expect: [
      p('USD 20,000', 20000),
      p('USD 100,000', 100000),
      p('USD 126,000', 126000),
      o('USD 250,000 millones', 250e9),
    ],
  },
  {
    url,
    lang: 'es',
    tags: ['label-value', 'format'],
    title,
    blocks: [
      { text: 'Resumen del pronóstico de Bitcoin y predicciones de precio', heading: title },
      {
        text: 'Predicción del precio de Bitcoin hoy: BTC/USD se consolidó por encima del área clave de soporte (80 mil) y por debajo del canal alcista roto tras la corrección del 30% en el 4T de 2025 desde el ATH de USD 126,000. La perspectiva de corto plazo es neutral, con un movimiento lateral entre 80 mil y 100 mil como escenario más probable.',
        heading: 'Resumen del pronóstico de Bitcoin y predicciones de precio',
      },
    ],
    expect: [p('80 mil', 80000), p('USD 126,000', 126000), p('80 mil', 80000), p('100 mil', 100000)],
  },
];
