import { p, type RealCase } from '../labels';

// BBC Mundo syndication: "la criptomoneda más popular" in the lead, Bitcoin named in the second paragraph, "US$20.000" glued.
export const cases: RealCase[] = [
  {
    url: 'https://metroecuador.com.ec/ec/bbc-mundo/2017/12/28/que-puedes-hacer-para-convertir-tus-bitcoins-en-dinero-de-verdad.html?outputType=amp',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Qué puedes hacer para convertir tus bitcoins en dinero de verdad',
    blocks: [
      'Tras la caída del valor de la criptomoneda más popular de internet, puede que algunos estén pensando en cambiarla por dinero real antes de que sea demasiado tarde.',
      'Bitcoin pasó de valer US$20.000 a bajar a poco más de US$11.000 el 22 de diciembre, aunque esta semana se estabilizó en US$15.000, según el mercado luxemburgués Bitstamp.',
    ],
    expect: [p('US$20.000', 20000), p('US$11.000', 11000), p('US$15.000', 15000)],
  },
];
