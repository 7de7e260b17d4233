import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptoinforme.com/analisis/el-precio-de-btc-podria-caer-por-debajo-de-los-20k-segun-analistas/',
    lang: 'es',
    tags: ['prose'],
    title: 'El precio de BTC podría caer por debajo de los 20K según analistas',
    blocks: [
      'El precio de Bitcoin (BTC) perdió los $25.000 en las últimas 24 horas. Al publicar esta nota, CoinMarketCap lo situaba en $24.973 tras una caída del 3.50%, lo que hundió aún más su rendimiento semanal, hasta un -5.17%.',
      'Con el precio de BTC por debajo del nivel clave de $25.000, varios traders y analistas compartieron sus previsiones. Bluntz tuiteó que la verdadera prueba será si recupera el nivel de $25.600 o lo testea antes de seguir cayendo.',
      'Rekt Capital, por su parte, avisó ayer de que el precio de BTC podría bajar a la zona baja de los $20.000. Según él, rompió otro soporte semanal en torno a los $26.600, y si lo rechazan ahí espera más caídas.',
      'El analista CryptoCon señaló que BTC encontró resistencia en los $31.000, un nivel clave ya en 2016.',
    ],
    expect: [
      p('$25.000', 25000),
      p('$24.973', 24973),
      p('$25.000', 25000),
      p('$25.600', 25600),
      p('$20.000', 20000),
      p('$26.600', 26600),
      p('$31.000', 31000),
    ],
  },
];
