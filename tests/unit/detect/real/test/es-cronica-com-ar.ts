import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cronica.com.ar/info-general/El-bitcoin-supera-los-US-43.000-y-marca-nuevo-record-impulsado-por-Elon-Musk-20210208-0030.html',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'El bitcoin supera los US$ 43.000 y marca nuevo récord impulsado por Elon Musk',
    blocks: [
      'El bitcoin supera los US$ 43.000 y marca nuevo récord impulsado por Elon Musk',
      'El bitcoin superó este lunes los US$ 43.000 y marcó un nuevo récord de cotización, después de que Elon Musk, dueño de Tesla, anunciara la compra de criptomonedas por US$ 1.500 millones.',
      'Tesla, la fabricante de autos eléctricos fundada por Musk, comunicó esta mañana a la SEC que compró unos US$ 1.500 millones en bitcoin.',
      '“A partir de entonces, invertimos un total de US$ 1.500 millones en bitcoins bajo esta política”, precisó la empresa.',
      'Según la cotización informada por Coinmarketcap, el bitcoin se ubicaba en US$ 43.700, un aumento de 28% en la última semana y de 360% en un año.',
      {
        text: 'La euforia llevó el valor total de mercado de todas las criptomonedas por encima de 1 billón de dólares por primera vez a comienzos de enero.',
        heading: 'Furor por las criptomonedas',
      },
      'El 8 de febrero el precio de Doge Coin alcanzó su máximo histórico de unos 7,9 céntimos de dólar antes de retroceder en unas horas a 7,4 céntimos. Así, su capitalización bursátil superó los 10.270 millones de dólares, según CoinGecko.',
    ],
    expect: [
      p('US$ 43.000', 43000),
      p('US$ 43.000', 43000),
      o('US$ 1.500 millones', 1.5e9),
      o('US$ 1.500 millones', 1.5e9),
      o('US$ 1.500 millones', 1.5e9),
      p('US$ 43.700', 43700),
      o('1 billón de dólares', 1e12),
      o('7,9 céntimos de dólar', 0.079),
      o('7,4 céntimos', 0.074),
      o('10.270 millones de dólares', 10.27e9),
    ],
  },
];
