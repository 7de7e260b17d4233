import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.forbesargentina.com/negocios/us-9-mil-minar-bitcoin-argentina-mitos-detras-una-cifra-genero-polemicas-n40234',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title: 'US$ 9 mil para minar Bitcoin en la Argentina: los mitos detrás de una cifra que generó polémicas',
    blocks: [
      'US$ 9 mil para minar Bitcoin en la Argentina: los mitos detrás de una cifra que generó polémicas',
      'Durante las últimas semanas una cifra llamó la atención del sector: se necesitan US$ 9 mil en electricidad para minar un Bitcoin en el país. Los expertos analizan el monto y explican por qué no refleja la realidad.',
      'Hace pocas semanas un informe de CoinGecko generó polémica en la Argentina. Según el estudio, el país tiene el costo de electricidad para minar Bitcoin más bajo de la región: poco más de US$ 9 mil de este servicio para obtener la criptomoneda que, al cierre de esta nota, vale US$ 25.700.',
      'En el resto de la región las diferencias son notorias. En Chile, el costo de la electricidad para minar un Bitcoin alcanza los US$ 49 mil, mientras que en Uruguay es de US$ 67 mil, en Paraguay de US$ 14 mil y en Brasil de US$ 45 mil, solo por mencionar algunos ejemplos.',
      'Estas cifras llevaron a una conclusión apresurada: que la Argentina es el país más barato para minar criptomonedas. Quienes minan de forma profesional discrepan con el monto de CoinGecko.',
      'Cómo se llegó a la cifra de US$ 9 mil por Bitcoin minado',
      'Según el informe, un minero en solitario necesita en promedio 266.000 kilovatios-hora (kWh) para extraer un solo Bitcoin (BTC), un proceso de unos siete años con un consumo mensual de 143 kWh.',
    ],
    expect: [
      c('US$ 9 mil', 9000),
      c('US$ 9 mil', 9000),
      c('US$ 9 mil', 9000),
      p('US$ 25.700', 25700),
      c('US$ 49 mil', 49000),
      c('US$ 67 mil', 67000),
      c('US$ 14 mil', 14000),
      c('US$ 45 mil', 45000),
      c('US$ 9 mil', 9000),
    ],
  },
];
