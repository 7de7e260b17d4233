import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinedition.com/es/prediccion-del-precio-de-bitcoin-btc-para-el-14-de-junio-de-2025-los-alcistas-pierden-usd-106k-mientras-la-linea-de-tendencia-clave-falla-en-medio-de-una-venta-masiva',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'Predicción del precio de Bitcoin (BTC) para el 14 de junio de 2025: los alcistas pierden USD 106K',
    blocks: [
      'Después de un intenso episodio de presión de venta en las principales criptomonedas, el precio de Bitcoin hoy ha caído a alrededor de USD 104,020, casi un 1.6% menos en las últimas 24 horas. Esta corrección se produce pocos días después de que los alcistas no lograran mantener el soporte cerca de USD 106,235, lo que provocó un fuerte rechazo desde la resistencia superior de USD 110,000.',
      'El impulso bajista se ha acelerado a medida que se debilita el sentimiento de riesgo, lo que pone el foco en si la zona de USD 102,500 se mantendrá en las próximas sesiones.',
      {
        text: 'En el gráfico de 30 minutos, BTC atravesó una región de soporte clave entre USD 105,000 y USD 104,500, tras lo cual una ruptura volvió a probar la Banda de Bollinger inferior cerca de USD 104,000.',
        heading: '¿Qué está pasando con el precio de Bitcoin?',
      },
      {
        text: 'El precio cotiza ahora muy por debajo de las EMA 20/50/100, todas las cuales han convergido en la región de USD 106,000 a USD 107,000.',
        heading: 'Ruptura confirmada a medida que las líneas de tendencia se vuelven bajistas',
      },
    ],
    expect: [
      p('USD 104,020', 104020),
      p('USD 106,235', 106235),
      p('USD 110,000', 110000),
      p('USD 102,500', 102500),
      p('USD 105,000', 105000),
      p('USD 104,500', 104500),
      p('USD 104,000', 104000),
      p('USD 106,000', 106000),
      p('USD 107,000', 107000),
    ],
  },
];
