import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.negocios.com/articulo/cripto-y-fintech/strategy-acumula-712647-bitcoins-comprar-otros-264-millones/20260126161348477771.html',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Strategy acumula 712.647 bitcoins tras comprar otros 264 millones',
    blocks: [
      'Strategy acumula 712.647 bitcoins tras comprar otros 264 millones',
      'La antigua MicroStrategy, ahora rebautizada como Strategy Inc., acaba de dar otra vuelta de tuerca a su apuesta extrema por el bitcoin. La compañía ha comunicado al regulador estadounidense (SEC) que entre el 20 y el 25 de enero ha adquirido 2.932 bitcoins adicionales por un importe total de 264,1 millones de dólares, a un precio medio de 90.061 dólares por unidad, comisiones incluidas.',
      {
        text: 'Tras marcar máximos históricos a finales de 2025, bitcoin ha perdido parte de sus ganancias y cotiza ahora en el entorno de los 88.000 dólares, con caídas recientes que han borrado el avance del año a comienzos de enero.',
        heading: 'La nueva compra en plena corrección del mercado',
      },
      'El precio medio de 90.061 dólares indica que Saylor está dispuesto a comprar incluso por encima de su propio coste medio de entrada, que se sitúa todavía en torno a los 76.000 dólares por moneda.',
    ],
    expect: [
      o('264,1 millones de dólares', 264.1e6),
      p('90.061 dólares', 90061),
      p('88.000 dólares', 88000),
      p('90.061 dólares', 90061),
      p('76.000 dólares', 76000),
    ],
  },
];
