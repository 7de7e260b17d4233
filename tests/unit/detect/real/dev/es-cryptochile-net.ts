import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptochile.net/2023/08/20/coingecko-minar-1-btc-en-el-libano-es-mucho-mas-barato-que-en-italia/',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'CoinGecko: Minar 1 BTC en el Líbano es mucho más barato que en Italia',
    blocks: [
      'Según el informe, Europa alberga nueve de los diez países menos rentables para la minería de Bitcoin, basándose en los costes energéticos de los hogares.',
      'Existe un fuerte contraste mundial en los gastos de electricidad doméstica para los mineros individuales de Bitcoin (BTC). Mientras que minar un Bitcoin en Italia cuesta USD 208,500, en el Líbano es unas 783 veces más barato, según un estudio reciente.',
      '“El coste promedio de electricidad doméstica para minar un Bitcoin es de USD 46,291.24, lo que supone un 35% más que el precio medio diario de 1 BTC en julio de 2023 (USD 30,090.08)”, señala el informe.',
      'El informe identificaba a Italia como el país más caro para la minería doméstica de Bitcoin, con un coste de USD 208,560.33 por Bitcoin minado. Al momento de la publicación, esto indica que el coste de minar un Bitcoin en Italia equivale al valor de aproximadamente 8 bitcoins.',
      'Le siguieron Austria, con USD 184,352.44, y Bélgica, con USD 172,381.50.',
      'Mientras tanto, las tarifas eléctricas domésticas del Líbano permiten a los mineros individuales generar un Bitcoin por sólo USD 266.02. Según estos datos, esto es aproximadamente 783 veces más barato que el coste de minar un Bitcoin en Italia, cuyo precio es de USD 208,560.33.',
      'Le siguió Irán, con un coste de producción de USD 532.04 por Bitcoin.',
    ],
    expect: [
      c('USD 208,500', 208500),
      c('USD 46,291.24', 46291.24),
      p('USD 30,090.08', 30090.08),
      c('USD 208,560.33', 208560.33),
      c('USD 184,352.44', 184352.44),
      c('USD 172,381.50', 172381.5),
      c('USD 266.02', 266.02),
      c('USD 208,560.33', 208560.33),
      c('USD 532.04', 532.04),
    ],
  },
];
