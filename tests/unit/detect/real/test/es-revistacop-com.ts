import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://revistacop.com/2025/05/22/nuevo-maximo-historico-del-bitcoin-supera-los-445-millones-por-unidad-en-colombia',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Nuevo máximo histórico del Bitcoin: supera los 445 millones por unidad en Colombia',
    blocks: [
      'El Bitcoin marcó un nuevo récord el 20 de mayo al superar los US$110.900 por unidad, equivalente a $445.565.962 en pesos colombianos, según datos en tiempo real de Binance.',
      'Aun así, los analistas advierten de la alta volatilidad. Carolina Gama, country manager de Bitget en Argentina, señala que el Bitcoin podría llegar a los US$128.000 ($514 millones COP) en los próximos meses si supera resistencias clave entre US$105.000 y US$110.000.',
      'Pablo Monti, de BingX, coincide, aunque cree probables correcciones de corto plazo, con soportes en US$96.000.',
      'La adopción de Bitcoin en Colombia crece, con un volumen de transacciones de US$27 millones en 2024, según BuyBitcoinWorldwide.',
    ],
    expect: [
      p('US$110.900', 110900),
      p('$445.565.962', 445565962, 'COP'),
      p('US$128.000', 128000),
      p('$514 millones COP', 514e6, 'COP'),
      p('US$105.000', 105000),
      p('US$110.000', 110000),
      p('US$96.000', 96000),
      o('US$27 millones', 27e6),
    ],
  },
];
