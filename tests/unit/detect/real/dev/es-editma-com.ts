import { o, p, type RealCase } from '../labels';

// Humorous blog post: "$70,000" per BTC, the price of one satoshi (a fraction: other), a range with both ends "$".
export const cases: RealCase[] = [
  {
    url: 'https://editma.com/post/?post=71',
    lang: 'es',
    tags: ['forum', 'prose'],
    title: '¿Qué es Bitcoin y qué son los satoshis?',
    blocks: [
      '¿Qué es Bitcoin y qué son los satoshis?',
      'Los satoshis, esos pequeñísimos pedacitos de Bitcoin, son como las migajas que quedan cuando te comes la pizza entera: un Bitcoin se divide en 100 millones de satoshis. El precio de un satoshi cambia más que tu estado de ánimo un lunes por la mañana, porque depende del valor del Bitcoin. Si 1 BTC vale $70,000, un satoshi vale la friolera de $0.0007. Con suerte, algún día esos centavos te alcanzarán para un café.',
      {
        heading: '¿Cuánto valen y dónde los compras sin perder un riñón?',
        text: 'El precio de Bitcoin es más volátil que un maratón de telenovelas: sube y baja sin avisar. En octubre de 2024, 1 BTC estaba rondando los $60,000-$70,000, pero si vas a comprar, mejor checa la cotización actual en sitios como CoinMarketCap o CoinGecko.',
      },
    ],
    expect: [p('$70,000', 70000), o('$0.0007', 0.0007), p('$60,000', 60000), p('$70,000', 70000)],
  },
];
