import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.ihodl.com/topnews/2018-01-10/el-mercado-de-las-criptomonedas-se-desploma-liderado-por-ripple',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'El mercado de las criptomonedas se desploma liderado por Ripple',
    blocks: [
      'En la sesión del miércoles 10 de enero, ocho de las diez principales criptomonedas están cayendo. La capitalización total del mercado ha bajado hasta los 702.000 millones de dólares, casi 100.000 millones menos que el pasado 7 de enero.',
      'La principal excepción es el ethereum (ETH/USD), que sube un 12%. A las 15:15 hora peninsular, su precio medio ponderado era de 1.345,24 $. El Bitcoin Cash sube un 5% y cotiza a 2.498,98 $.',
      'La peor parte se la lleva Ripple: en las últimas 24 horas ha caído un 16% hasta los 1,9 $, cuando hace solo tres días marcó el récord de 3,37 $.',
      'El bitcoin tampoco ha logrado recuperarse de la tendencia bajista que empezó a finales de diciembre. Al publicar este artículo, su precio medio ponderado era de 14.038,5 $. En Binance cotiza a 13.693,2 $, en Bitfinex a 13.837 $ y en OKEx a 13.817,6 $.',
    ],
    expect: [
      o('702.000 millones de dólares', 702e9),
      o('1.345,24 $', 1345.24),
      o('2.498,98 $', 2498.98),
      o('1,9 $', 1.9),
      o('3,37 $', 3.37),
      p('14.038,5 $', 14038.5),
      p('13.693,2 $', 13693.2),
      p('13.837 $', 13837),
      p('13.817,6 $', 13817.6),
    ],
  },
];
