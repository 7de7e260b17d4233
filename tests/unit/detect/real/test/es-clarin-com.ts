import { p, type RealCase } from '../labels';

// Argentine daily, halving preview: three "US$ 42.000"-style levels (start of year, record, current)
// in one paragraph that says "la cripto más famosa" rather than Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://www.clarin.com/economia/bitcoin-nuevo-halving-creen-criptomoneda-famosa-puede-tocar-nuevos-maximos_0_gGGMnZcZPo.html',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin y el nuevo halving: creen que la criptomoneda más famosa puede tocar nuevos máximos',
    blocks: [
      'Desde principios de año, cuando la cripto más famosa cotizaba a US$ 42.000, su precio llegó a subir más del 74% hasta un nuevo máximo histórico el 13 de marzo, cuando tocó por primera vez los US$ 73.600.',
      'Luego el precio se desinfló, pero estos días la demanda volvió a repuntar y lo ubicó en la zona de los US$ 63.000.',
    ],
    expect: [p('US$ 42.000', 42000), p('US$ 73.600', 73600), p('US$ 63.000', 63000)],
  },
];
