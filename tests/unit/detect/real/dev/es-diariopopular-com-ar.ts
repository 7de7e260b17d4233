import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.diariopopular.com.ar/tecnologia/viernes-negro-bitcoin-se-desploma-y-reina-la-incertidumbre-n553423',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Viernes negro: Bitcoin se desploma y reina la incertidumbre',
    blocks: [
      'En total, la principal criptomoneda del mundo cayó cerca de un 6% en las últimas 24 horas y un 18,95% en la última semana, su segunda semana seguida en baja por primera vez desde inicios de año, según Coinmarketcap.',
      'La caída de BTC arrastró al resto del mercado cripto, que borró las ganancias de la semana en activos como Ethereum, Binance Coin y XRP.',
      'El giro podría deberse al cierre del exchange turco Thodex. El escándalo estalló cuando su CEO, Faruk Fatih Ozer, huyó del país con unos US$ 2.000 millones y miles de deudas con sus inversores.',
      'Hace apenas una semana, Bitcoin había marcado un récord de cotización al superar los US$ 63.700, un alza del 114% desde el inicio del año, en la víspera de la salida a bolsa de Coinbase.',
      'Hasta octubre de 2020 el precio del Bitcoin oscilaba en los US$15.000 y nunca había superado los US$20.000.',
    ],
    expect: [
      o('US$ 2.000 millones', 2000e6),
      p('US$ 63.700', 63700),
      p('US$15.000', 15000),
      p('US$20.000', 20000),
    ],
  },
];
