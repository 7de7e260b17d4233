import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/es/square/post/31060945767649',
    lang: 'es',
    tags: ['forum', 'label-value', 'format'],
    blocks: [
      'Ahora mismo (mediados de octubre de 2025) Bitcoin cotiza en torno a *$111,500 USD* por moneda, con una capitalización de mercado de *≈ $2.22 trillones*, de lejos el mayor activo cripto. Hace pocas semanas marcó un máximo histórico cerca de *$126,200* (6 de octubre de 2025) y hoy está un *11 %* por debajo.',
      'En Pakistán su precio se ve en rupias: aproximadamente *₨31.5 millones* por BTC al cambio de hoy.',
      '_Estadísticas clave_:',
      '- *Precio actual*: ~ $111,500 USD (≈ ₨31.5 M)',
      '- *Capitalización de mercado*: ~ $2.22 T',
      '- *Cambio en 24 horas*: ~ ‑1.7 %',
      '- *Máximo histórico*: $126,200 (6 de octubre de 2025)$BTC #bitcoin',
    ],
    expect: [
      p('$111,500 USD', 111500),
      o('$2.22 trillones', 2.22e12),
      p('$126,200', 126200),
      p('₨31.5 millones', 31.5e6, 'PKR'),
      p('$111,500 USD', 111500),
      p('₨31.5 M', 31.5e6, 'PKR'),
      o('$2.22 T', 2.22e12),
      p('$126,200', 126200),
    ],
  },
];
