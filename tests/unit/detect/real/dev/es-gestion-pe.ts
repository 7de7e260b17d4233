import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gestion.pe/economia/mercados/bitcoin-vale-cuesta-minarlo-dice-jpmorgan-256973',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Según analistas de JPMorgan Chase & Co., el coste efectivo ponderado de producir un bitcoin rondó de media los US$ 4,060 a nivel mundial en el cuarto trimestre.',
      'Como el propio bitcoin se negocia ahora por debajo de los US$ 3,600, no parece un buen negocio. Aun así, la dispersión alrededor de la media es alta: hay grandes ganadores y grandes perdedores.',
      'Los mineros chinos de bajo coste pagan mucho menos (se estima que alrededor de US$ 2,400 por bitcoin) gracias a contratos directos de energía con generadores, como fundiciones de aluminio que venden su excedente, explicaron los analistas en un informe del 24 de enero.',
      '“La caída de los precios del bitcoin desde alrededor de US$ 6,500 durante gran parte de octubre a menos de US$ 4,000 en la actualidad ha vuelto los márgenes cada vez más negativos en casi todas las regiones, salvo para los mineros chinos de bajo coste”, señalaron.',
    ],
    expect: [
      c('US$ 4,060', 4060),
      p('US$ 3,600', 3600),
      c('US$ 2,400', 2400),
      p('US$ 6,500', 6500),
      p('US$ 4,000', 4000),
    ],
  },
  {
    url: 'https://gestion.pe/tu-dinero/bitcoin-alcanza-nuevo-record-us-16-000-medio-racha-volatil-222317',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin alcanza nuevo récord de US$ 16,000 en medio de racha volátil',
    blocks: [
      'El bitcóin llegó a US$ 16,000, su nueva marca histórica, en una racha volátil de apenas dos días en la que las casas de cambio dieron máximos discordantes, de hasta US$ 19,500.',
      'La divisa ya había pasado el récord de US$ 15,000 el jueves por la mañana, y poco después superó los US$ 16,000, una subida del 40% en 40 horas, según The Wall Street Journal.',
      'Otras casas mostraban precios distintos: según CoinDesk, el máximo a esa hora fue de unos US$ 16,500, mientras que en Bitfinex fue de US$ 14,500 y en Bithumb de US$ 19,000.',
      'Pese a la volatilidad, su capitalización de mercado ronda hoy los US$ 270,000 millones, señala CNBC.',
      'La moneda virtual, que hace apenas dos semanas cotizaba por debajo de US$ 10,000, valía US$ 996 el pasado 1 de enero.',
    ],
    expect: [
      p('US$ 16,000', 16000),
      p('US$ 19,500', 19500),
      p('US$ 15,000', 15000),
      p('US$ 16,000', 16000),
      p('US$ 16,500', 16500),
      p('US$ 14,500', 14500),
      p('US$ 19,000', 19000),
      o('US$ 270,000 millones', 270e9),
      p('US$ 10,000', 10000),
      p('US$ 996', 996),
    ],
  },
];
