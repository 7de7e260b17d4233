import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crypto-insiders.es/noticias/la-mineria-de-bitcoin-pronto-sera-mas-caro-por-que-es-importante',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'La minería de Bitcoin pronto será más caro, por qué es importante',
    blocks: [
      {
        text: 'Como los ingresos se reducen a la mitad, el coste de minar un bitcoin, lógicamente, se duplicará.',
        heading: 'Costes de producción de Bitcoin x2',
      },
      'El gestor de fondos cripto Charles Edwards escribe en X que los costes de electricidad por BTC están ahora en $31.600 y «se duplicarán en 63 días».',
      'Añade que ese coste eléctrico es «el sólido suelo histórico del precio del bitcoin».',
    ],
    expect: [c('$31.600', 31600)],
  },
  {
    url: 'https://www.crypto-insiders.es/noticias/bitcoin/mineria-de-bitcoin-llegara-un-momento-en-que-deje-de-ser-rentable',
    lang: 'es',
    tags: ['cost', 'prose'],
    blocks: [
      {
        text: 'Si a principios de año el coste medio de minar un bitcoin era de $64.000, en el segundo trimestre de 2025 ya ha subido a $70.000. Hay varias razones para ello.',
        heading: '¿Cuánto cuesta minar Bitcoin?',
      },
    ],
    expect: [c('$64.000', 64000), c('$70.000', 70000)],
  },
  {
    url: 'https://crypto-insiders.es/noticias/mineria-de-bitcoin-se-hace-mas-atractiva-el-hashrate-sigue-subiendo',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'El líder del mercado, Bitcoin (BTC), va camino de cerrar el primer trimestre de 2023 en verde. El día de Año Nuevo su precio aún rondaba los $16.500, pero desde entonces el BTC ha subido un 67%, hasta los $27.650.',
      {
        text: 'Hace unas semanas el hashrate marcó un máximo de casi 330 EH/s. El precio estaba entonces en tendencia bajista, casi un 10% por debajo del máximo anterior de alrededor de $25.000.',
        heading: 'El hashrate de BTC sigue subiendo',
      },
    ],
    expect: [p('$16.500', 16500), p('$27.650', 27650), p('$25.000', 25000)],
  },
];
