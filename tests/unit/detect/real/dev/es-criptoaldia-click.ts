// Nota sobre el costo mediano de minar un BTC (TheMinerMag): "frente a los 64.000 ... y los 52.000" son costos por
// BTC sin moneda escrita (dólares por el importe anterior); "de pagar 0,041 a 0,081 dólares por kWh" son tarifas (o).
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptoaldia.click/?p=27800',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    blocks: [
      'El segundo trimestre de 2025 ha puesto a prueba la rentabilidad de la minería de Bitcoin. Según TheMinerMag, el costo mediano de minar un BTC ya supera los 70.000 dólares, bastante más que los 64.000 del trimestre anterior y los 52.000 del último trimestre de 2024. El alza se debe sobre todo al hashrate global y a una electricidad más cara.',
      'Aunque el precio actual de Bitcoin ronda los 107.635 dólares, lo que en apariencia deja un margen holgado, la realidad es más compleja: los cálculos de TheMinerMag no incluyen la depreciación de los equipos ni el mantenimiento.',
      'Por eso las compañías públicas priorizan el hashcost, el costo por unidad de cómputo. En promedio se mantuvo en 34 dólares por PH/s en el primer trimestre, aunque firmas como Terawulf y Bitdeer vieron subidas del 25% o más. Terawulf, por ejemplo, pasó de pagar 0,041 a 0,081 dólares por kWh, duplicando su gasto energético en solo un año.',
    ],
    expect: [
      c('70.000 dólares', 70000),
      c('64.000', 64000),
      c('52.000', 52000),
      p('107.635 dólares', 107635),
      o('34 dólares', 34),
      o('0,041', 0.041),
      o('0,081 dólares', 0.081),
    ],
  },
];
